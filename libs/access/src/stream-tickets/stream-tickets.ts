import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../authenticated-user.js';

/** Long enough for a page to open its EventSource; short enough that a ticket seen in a log is useless. */
export const STREAM_TICKET_SECONDS = 60;

const hashOf = (ticket: string) => createHash('sha256').update(ticket).digest('hex');

/**
 * Stream tickets in PostgreSQL (any API process redeems what another issued): issued to a caller holding
 * a bearer token, redeemed once (an atomic update: two connections racing with one ticket cannot both
 * win) before they expire. The ticket goes in a URL, never the bearer token.
 */
@Injectable()
export class StreamTickets {
  constructor(private readonly dataSource: DataSource) {}

  async issue(user: AuthenticatedUser, now = new Date()): Promise<{ ticket: string; expiresAt: Date }> {
    const ticket = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + STREAM_TICKET_SECONDS * 1000);
    // Tickets gone stale an hour ago are of no use to anyone: dropped as new ones are issued.
    await this.dataSource.query(`DELETE FROM stream_tickets WHERE expires_at < $1`, [new Date(now.getTime() - 3_600_000)]);
    await this.dataSource.query(`INSERT INTO stream_tickets (ticket_hash, "user", expires_at) VALUES ($1, $2, $3)`, [
      hashOf(ticket),
      JSON.stringify(user),
      expiresAt,
    ]);
    return { ticket, expiresAt };
  }

  /** The caller the ticket was issued to, once; undefined when it is unknown, used already or expired. */
  async redeem(ticket: string, now = new Date()): Promise<AuthenticatedUser | undefined> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(ticket)) return undefined;
    const rows = await this.dataSource.query<{ user: AuthenticatedUser }[]>(
      `WITH used AS (
         UPDATE stream_tickets SET used_at = $2 WHERE ticket_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING "user"
       ) SELECT "user" FROM used`,
      [hashOf(ticket), now],
    );
    return rows[0]?.user;
  }
}
