import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isRole, type Caller } from '@app/access';

/** A recipient as a caller (for the visibility rule) with their address. */
export interface Recipient {
  caller: Caller;
  email: string;
}

/** The users alert e-mails can reach: noted from their tokens whenever they open their alerts. */
@Injectable()
export class AlertRecipients {
  constructor(private readonly dataSource: DataSource) {}

  /** Keeps the caller's address, roles, teams and partnerships as the token says now (nothing without an address). */
  async note(caller: Caller): Promise<void> {
    if (!caller.email) return;
    await this.dataSource.query(
      `INSERT INTO alert_recipients (user_id, email, roles, partnerships, teams, seen_at) VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (user_id) DO UPDATE SET email = EXCLUDED.email, roles = EXCLUDED.roles, partnerships = EXCLUDED.partnerships,
         teams = EXCLUDED.teams, seen_at = EXCLUDED.seen_at`,
      [caller.id, caller.email, caller.roles, caller.partnerships, caller.teams ?? []],
    );
  }

  async all(partnershipId?: string): Promise<Recipient[]> {
    const rows = await this.dataSource.query<
      { user_id: string; email: string; roles: string[]; partnerships: string[]; teams: string[] }[]
    >(
      `SELECT user_id, email, roles, partnerships, teams FROM alert_recipients WHERE $1::text IS NULL OR $1::text = ANY(partnerships) ORDER BY user_id`,
      [partnershipId ?? null],
    );
    return rows.map((r) => ({
      email: r.email,
      caller: { id: r.user_id, roles: r.roles.filter(isRole), partnerships: r.partnerships, teams: r.teams, email: r.email },
    }));
  }

  /** Records an e-mail before it is sent; false when it was recorded already (sent, or being sent, by another process). */
  async claim(key: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `INSERT INTO alert_emails_sent (key, sent_at) VALUES ($1, now()) ON CONFLICT (key) DO NOTHING RETURNING key`,
      [key],
    );
    return rows.length > 0;
  }
}
