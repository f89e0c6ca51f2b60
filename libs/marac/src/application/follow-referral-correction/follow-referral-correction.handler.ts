import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, streamName } from '@app/event-store';
import { MARAC_VICTIM_STREAM_CATEGORY, maracVictimDecider } from '../../domain/index.js';
import { victimDeciderFor } from '../victim-history.js';
import { FollowReferralCorrectionCommand } from './follow-referral-correction.command.js';

@CommandHandler(FollowReferralCorrectionCommand)
export class FollowReferralCorrectionHandler implements ICommandHandler<FollowReferralCorrectionCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queryBus: QueryBus,
  ) {}

  async execute({ input, context }: FollowReferralCorrectionCommand): Promise<number> {
    // Decided on the whole person's history: their other (merged) records' referrals count too.
    const result = await this.executor.handle(
      streamName(MARAC_VICTIM_STREAM_CATEGORY, input.personId),
      await victimDeciderFor(this.executor, this.queryBus, context, input.personId),
      (state) => maracVictimDecider.decide({ type: 'FollowReferralCorrection', ...input }, state),
      { context, revealPersonalData: false },
    );
    return result.revision;
  }
}
