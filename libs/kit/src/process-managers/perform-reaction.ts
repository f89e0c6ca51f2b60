import type { CommandBus } from '@nestjs/cqrs';
import type { CommandContext, EventEnvelope } from '@app/event-store';
import type { Deadlines } from '../deadlines/deadlines.js';
import type { ProcessManager, Reaction } from './process-manager.js';
import { deriveReactionId } from './reaction-ids.js';

/** What reactions act through. */
export interface ReactionPorts {
  commandBus: CommandBus;
  deadlines: Deadlines;
}

/** The metadata of the command a reaction dispatches: caused by the event, in its correlation, with a derived id. */
export function reactionContext(manager: ProcessManager, event: EventEnvelope, index: number): CommandContext {
  const { correlationId, eventId, partnershipId } = event.metadata;
  return {
    commandId: deriveReactionId(eventId, manager.name, index),
    correlationId,
    causationId: eventId,
    actor: `system:process-manager:${manager.name}`,
    occurredAt: new Date().toISOString(),
    ...(partnershipId ? { partnershipId } : {}),
  };
}

/** Performs the index-th reaction to an event once: the same call from the runner and from a replay. */
export async function performReaction(
  manager: ProcessManager,
  event: EventEnvelope,
  index: number,
  reaction: Reaction,
  ports: ReactionPorts,
): Promise<void> {
  const context = reactionContext(manager, event, index);
  switch (reaction.kind) {
    case 'dispatch':
      await ports.commandBus.execute(reaction.command(context));
      return;
    case 'schedule':
      await ports.deadlines.schedule({
        ...reaction.deadline,
        id: context.commandId,
        correlationId: context.correlationId,
        scheduledBy: manager.name,
      });
      return;
    case 'cancel':
      await ports.deadlines.cancel(reaction.key);
      return;
  }
}
