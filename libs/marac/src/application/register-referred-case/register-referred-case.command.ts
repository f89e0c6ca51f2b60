import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@app/event-store';
import type { RegisterReferredCase } from '../../domain/index.js';

/**
 * Record an opened case's referral in the victim's history (a system command: the victim-history process
 * manager dispatches it, and the referral handler at once with the same command id). Answers the victim
 * stream's revision.
 */
export class RegisterReferredCaseCommand extends Command<number> {
  constructor(
    readonly input: Omit<RegisterReferredCase, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
