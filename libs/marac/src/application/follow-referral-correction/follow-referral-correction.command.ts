import type { CommandContext } from '@app/event-store';
import type { FollowReferralCorrection } from '../../domain/index.js';

/**
 * The victim's history follows a correction of one of their referrals. Dispatched by the
 * victim-history process manager only (no caller: the correction it follows was already admitted), with
 * a command id derived from the correction event and the case's partnership in the context.
 */
export class FollowReferralCorrectionCommand {
  constructor(
    readonly input: Omit<FollowReferralCorrection, 'type'>,
    readonly context: CommandContext,
  ) {}
}
