import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AuthenticatedUser } from '../authenticated-user.js';

/**
 * A short-lived, single-use ticket for a browser's EventSource, which cannot send a bearer header
 * (`stream_tickets`): shared by every API process. Only its SHA-256 is kept, so reading the table gives
 * nobody a ticket to use.
 */
@Entity({ name: 'stream_tickets' })
@Index('stream_tickets_expires_at', ['expiresAt'])
export class StreamTicket {
  @PrimaryColumn({ type: 'text', name: 'ticket_hash' }) ticketHash: string;
  /** The caller as the bearer token said when the ticket was issued. */
  @Column({ type: 'jsonb' }) user: AuthenticatedUser;
  @Column({ type: 'timestamptz', name: 'expires_at' }) expiresAt: Date;
  @Column({ type: 'timestamptz', name: 'used_at', nullable: true }) usedAt: Date | null;
}
