import type { CommandContext } from '@app/event-store';

/** Who corrected a record and when: the command's actor and time (no clock in the decider). */
export function correctionOf(context: CommandContext): { correctedAt: string; correctedBy: string } {
  return { correctedAt: context.occurredAt, correctedBy: context.actor };
}
