import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, deriveId } from '@app/event-store';
import { PersonGroupQuery } from '@app/people';
import { maracVictimDecider, outcomesOnHistory, reclassificationsOnHistory } from '../../domain/index.js';
import { CaseSubjectsReader } from '../../read-models/case-subjects.reader.js';
import { loadVictimHistory, victimStream } from '../victim-history.js';
import { RedecideMergedHistoryCommand } from './redecide-merged-history.command.js';

/**
 * For each person named, and each victim of a case naming them as a perpetrator, their records as the
 * partnership's merges now group them: the victim's history across them is decided again (outcomesOnHistory,
 * perpetrators read through the merges too), and each record's stream gets the reclassifications its
 * referrals need (VictimReferralReclassified, reason people-merged / people-unmerged), which the
 * victim-history process manager turns into CaseRepeatReclassified on the cases, so the repeat rate follows.
 * One append per record's stream, each under a command id derived from this one: a replay appends nothing.
 */
@CommandHandler(RedecideMergedHistoryCommand)
export class RedecideMergedHistoryHandler implements ICommandHandler<RedecideMergedHistoryCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queryBus: QueryBus,
    private readonly caseSubjects: CaseSubjectsReader,
  ) {}

  async execute({ input, context }: RedecideMergedHistoryCommand): Promise<number> {
    const groups = new Map<string, string[]>();
    const groupOf = async (personId: string) => {
      const group = await this.queryBus.execute(new PersonGroupQuery({ partnershipId: input.partnershipId, personId }));
      groups.set(group.personId, group.recordIds);
      return group.recordIds;
    };
    const named = [];
    for (const personId of input.personIds) named.push(...(await groupOf(personId)));
    // The person may be a perpetrator: their victims' referrals now share (or no longer share) them.
    for (const victimId of await this.caseSubjects.victimsOfPerpetrators(named)) await groupOf(victimId);
    let changed = 0;
    for (const recordIds of groups.values()) {
      const outcomes = outcomesOnHistory(await loadVictimHistory(this.executor, this.queryBus, input.partnershipId, recordIds));
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
