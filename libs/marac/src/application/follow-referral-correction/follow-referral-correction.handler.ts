import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, streamName } from '@app/event-store';
import { MARAC_VICTIM_STREAM_CATEGORY, maracVictimDecider } from '../../domain/index.js';
import { FollowReferralCorrectionCommand } from './follow-referral-correction.command.js';

@CommandHandler(FollowReferralCorrectionCommand)
export class FollowReferralCorrectionHandler implements ICommandHandler<FollowReferralCorrectionCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ input, context }: FollowReferralCorrectionCommand): Promise<number> {
    const result = await this.executor.handle(
      streamName(MARAC_VICTIM_STREAM_CATEGORY, input.personId),
      maracVictimDecider,
      (state) => maracVictimDecider.decide({ type: 'FollowReferralCorrection', ...input }, state),
      { context, revealPersonalData: false },
    );
    return result.revision;
  }
}
