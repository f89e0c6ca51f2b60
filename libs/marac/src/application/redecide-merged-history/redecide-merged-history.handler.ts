import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, deriveId } from '@app/event-store';
import { PersonGroupQuery } from '@app/people';
import { maracVictimDecider, outcomesOnHistory, reclassificationsOnHistory } from '../../domain/index.js';
import { loadVictimHistory, victimStream } from '../victim-history.js';
import { RedecideMergedHistoryCommand } from './redecide-merged-history.command.js';

/**
 * For each person named, their records as the partnership's merges now group them: the victim's history
 * across them is decided again (outcomesOnHistory), and each record's stream gets the reclassifications its
 * referrals need (VictimReferralReclassified, reason people-merged / people-unmerged), which the
 * victim-history process manager turns into CaseRepeatReclassified on the cases, so the repeat rate follows.
 * One append per record's stream, each under a command id derived from this one: a replay appends nothing.
 */
@CommandHandler(RedecideMergedHistoryCommand)
export class RedecideMergedHistoryHandler implements ICommandHandler<RedecideMergedHistoryCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queryBus: QueryBus,
  ) {}

  async execute({ input, context }: RedecideMergedHistoryCommand): Promise<number> {
    const groups = new Map<string, string[]>();
    for (const personId of input.personIds) {
      const group = await this.queryBus.execute(new PersonGroupQuery({ partnershipId: input.partnershipId, personId }));
      groups.set(group.personId, group.recordIds);
    }
    let changed = 0;
    for (const recordIds of groups.values()) {
      const outcomes = outcomesOnHistory(await loadVictimHistory(this.executor, recordIds));
      for (const recordId of recordIds) {
        const result = await this.executor.handle(
          victimStream(recordId),
          maracVictimDecider,
          (own) => reclassificationsOnHistory(own, outcomes, input.reason),
          {
            context: { ...context, commandId: deriveId(context.commandId, `victim/${recordId}`), partnershipId: input.partnershipId },
            revealPersonalData: false,
          },
        );
        changed += result.events.length;
      }
    }
    return changed;
  }
}
