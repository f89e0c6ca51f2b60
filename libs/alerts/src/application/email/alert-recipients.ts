import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isRole, type Caller } from '@app/access';

/** A recipient as a caller (for the visibility rule) with their address. */
export interface Recipient {
  caller: Caller;
  email: string;
}

/**
 * The users alert e-mails can reach, and what their tokens said about them (personal data of users, not of
 * data subjects): a user becomes a recipient by opening their alerts with an e-mail claim; every
 * authenticated request of theirs keeps the row as their token says now (`refresh`); the retention sweep
 * deletes the rows of users not seen for ALERT_RECIPIENT_RETENTION_DAYS; an admin may delete one at once.
 */
@Injectable()
export class AlertRecipients {
  /**
   * The claims each user's row was last refreshed with in this process today (by UTC day): a request with the
   * same claims on the same day has nothing to write, so it costs no round trip. Per process and cleared daily,
   * so a new day's first request of a user still touches `seen_at` in every process that serves them.
   */
  private readonly refreshedToday = new Map<string, string>();
  private refreshedOn = '';

  constructor(private readonly dataSource: DataSource) {}

  /** A user who opens their alerts with an e-mail claim becomes a recipient (`refresh` keeps the row up to date). */
  async note(caller: Caller): Promise<void> {
    if (!caller.email) return;
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO alert_recipients (user_id, email, roles, partnerships, teams, seen_at) VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (user_id) DO NOTHING RETURNING user_id`,
      [caller.id, caller.email, caller.roles, caller.partnerships, caller.teams ?? []],
    );
    if (inserted.length > 0) this.refreshedToday.delete(caller.id); // the row this request's refresh did not find exists now
  }

  /**
   * A recipient's row as the caller's token says now: changed claims are written at once; unchanged ones write
   * nothing, but for one touch of `seen_at` on the first request of a day (what retention counts from). A
   * token without an e-mail claim any more removes the row. A user who is no recipient costs no write, and the
   * same claims again on the same day in this process cost no query.
   */
  async refresh(caller: Caller): Promise<void> {
    const today = new Date().toISOString().slice(0, 10);
    if (today !== this.refreshedOn) {
      this.refreshedToday.clear();
      this.refreshedOn = today;
    }
    const claims = JSON.stringify([caller.email ?? null, caller.roles, caller.partnerships, caller.teams ?? []]);
    if (this.refreshedToday.get(caller.id) === claims) return;
    await this.writeClaims(caller);
    this.refreshedToday.set(caller.id, claims);
  }

  private async writeClaims(caller: Caller): Promise<void> {
    if (!caller.email) {
      await this.dataSource.query(`DELETE FROM alert_recipients WHERE user_id = $1`, [caller.id]);
      return;
    }
    await this.dataSource.query(
      `UPDATE alert_recipients SET email = $2, roles = $3, partnerships = $4, teams = $5, seen_at = now()
        WHERE user_id = $1
          AND ((email, roles, partnerships, teams) IS DISTINCT FROM ($2::text, $3::text[], $4::text[], $5::text[])
               OR seen_at < date_trunc('day', now()))`,
      [caller.id, caller.email, caller.roles, caller.partnerships, caller.teams ?? []],
    );
  }

  /** Deletes one recipient an admin may see (one of their partnerships is the recipient's); false when there is none. */
  async remove(userId: string, adminPartnerships: readonly string[]): Promise<boolean> {
    const [{ n }] = await this.dataSource.query<{ n: number }[]>(
      `WITH gone AS (DELETE FROM alert_recipients WHERE user_id = $1 AND partnerships && $2::text[] RETURNING user_id)
       SELECT count(*)::int AS n FROM gone`,
      [userId, adminPartnerships],
    );
    return n > 0;
  }

  /** Deletes the rows of users not seen for `days` days before `now`; answers how many. */
  async forgetUnseen(now: Date, days: number): Promise<number> {
    const [{ n }] = await this.dataSource.query<{ n: number }[]>(
      `WITH gone AS (DELETE FROM alert_recipients WHERE seen_at < $1::timestamptz - make_interval(days => $2) RETURNING user_id)
       SELECT count(*)::int AS n FROM gone`,
      [now.toISOString(), days],
    );
    return n;
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
