import { deriveId } from '@app/event-store';

/**
 * The command id of a process manager's n-th reaction to an event: the same every time the event is read
 * (after a crash, a takeover or a replay from the dead-letter table), so the CommandExecutor finds the
 * command's events already in the stream and appends nothing twice. It also names a deadline the reaction
 * schedules, so scheduling is idempotent too.
 */
export function deriveReactionId(eventId: string, processManager: string, index: number): string {
  return deriveId(eventId, `reaction/${processManager}/${index}`);
}

/** The command id a deadline fires with: a second firing (a retry, two processes) is a replay. */
export function deriveDeadlineCommandId(deadlineId: string): string {
  return deriveId(deadlineId, 'deadline-fired');
}

/** The id of a deadline a command handler schedules: one per command and key, so a retried command schedules it once. */
export function deriveDeadlineId(commandId: string, key: string): string {
  return deriveId(commandId, `deadline/${key}`);
}
