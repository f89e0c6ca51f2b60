import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@app/event-store';
import type { FollowReferralCorrection } from '../../domain/index.js';

/**
 * The victim's history follows a correction of one of their referrals (a system command of the
 * victim-history process manager: the correction it follows was already admitted), with a command id
 * derived from the correction event and the case's partnership in the context. Answers the victim
 * stream's revision.
 */
export class FollowReferralCorrectionCommand extends Command<number> {
  constructor(
    readonly input: Omit<FollowReferralCorrection, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
