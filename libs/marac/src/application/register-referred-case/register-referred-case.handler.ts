import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, streamName } from '@app/event-store';
import { todayOf } from '@app/kit';
import { MARAC_VICTIM_STREAM_CATEGORY, maracVictimDecider } from '../../domain/index.js';
import { canonicalPersonIds, victimDeciderFor } from '../victim-history.js';
import { RegisterReferredCaseCommand } from './register-referred-case.command.js';

@CommandHandler(RegisterReferredCaseCommand)
export class RegisterReferredCaseHandler implements ICommandHandler<RegisterReferredCaseCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queryBus: QueryBus,
  ) {}

  async execute({ input, context }: RegisterReferredCaseCommand): Promise<number> {
    // Decided on the whole person's history: their other (merged) records' referrals count too, and each
    // perpetrator is the person the merges read them as.
    const perpetratorPersonIds = context.partnershipId
      ? await canonicalPersonIds(this.queryBus, context.partnershipId, input.perpetratorPersonIds)
      : input.perpetratorPersonIds;
    const result = await this.executor.handle(
      streamName(MARAC_VICTIM_STREAM_CATEGORY, input.personId),
      await victimDeciderFor(this.executor, this.queryBus, context, input.personId),
      (state) =>
        maracVictimDecider.decide({ type: 'RegisterReferredCase', ...input, perpetratorPersonIds, today: todayOf(context) }, state),
      // The victim's history holds no personal data.
      { context, revealPersonalData: false },
    );
    return result.revision;
  }
}
