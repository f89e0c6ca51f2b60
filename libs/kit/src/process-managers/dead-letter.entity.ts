import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type DeadLetterOutcome = 'parked' | 'rejected';

/**
 * A process manager's reaction that did not succeed: `parked` (kept failing; its events behind it went on)
 * or `rejected` (the domain refused it: a business outcome on record). The key is the reaction's derived
 * command id, so parking the same reaction again after a crash adds no second row. The event itself stays
 * in the log; a replay reads it from there and performs the same reaction with the same command id.
 */
@Entity({ name: 'process_manager_dead_letters' })
@Index('process_manager_dead_letters_open', ['processManager'], { where: 'replayed_at IS NULL' })
export class DeadLetter {
  @PrimaryColumn({ type: 'uuid', name: 'command_id' })
  commandId: string;

  @Column({ type: 'text', name: 'process_manager' })
  processManager: string;

  @Column({ type: 'text' })
  outcome: DeadLetterOutcome;

  @Column({ type: 'uuid', name: 'event_id' })
  eventId: string;

  @Column({ type: 'text', name: 'event_type' })
  eventType: string;

  @Column({ type: 'text', name: 'stream_name' })
  streamName: string;

  @Column({ type: 'integer', name: 'stream_revision' })
  streamRevision: number;

  @Column({ type: 'integer', name: 'reaction_index' })
  reactionIndex: number;

  @Column({ type: 'integer' })
  attempts: number;

  /** The error's type and message (never a database message or parameters: they can quote personal data). */
  @Column({ type: 'text' })
  error: string;

  @Column({ type: 'timestamptz', name: 'parked_at', default: () => 'now()' })
  parkedAt: Date;

  @Column({ type: 'timestamptz', name: 'replayed_at', nullable: true })
  replayedAt: Date | null;
}
