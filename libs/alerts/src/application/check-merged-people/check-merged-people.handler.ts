import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { canonicalPersonId, personGroupOf, type PersonMergesState } from '@app/people';
import { matchesJoinedByMerge, matchesSeparatedByUnmerge, type WatchGroup } from '../../domain/index.js';
import { alertSettingsOn, childContext } from '../alert-streams.js';
import { ClearAlertCauseCommand } from '../clear-alert-cause/clear-alert-cause.command.js';
import { crossServiceAlertOf, crossServiceSlot } from '../cross-service-alert.js';
import { RaiseAlertCommand } from '../raise-alert/raise-alert.command.js';
import { mergeForestBefore, watchGroupBefore } from '../watch-group-at.js';
import { CheckMergedPeopleCommand, type CheckMergedPeopleInput } from './check-merged-people.command.js';

/**
 * The two sides a merge joins or an unmerge parts, as record ids: the merged record's group and the other
 * record's, from the merges before the ledger event (an unmerge's without the edge it removes). None when the
 * merges noted here do not show them apart (a merge made before the alert rules followed merges).
 */
function sidesOf(input: CheckMergedPeopleInput, before: PersonMergesState): [string[], string[]] | null {
  const merges = input.change === 'merged' ? before : withoutEdge(before, input.personId);
  if (canonicalPersonId(merges, input.personId) === canonicalPersonId(merges, input.otherPersonId)) return null;
  return [personGroupOf(merges, input.personId), personGroupOf(merges, input.otherPersonId)];
}

function withoutEdge(state: PersonMergesState, personId: string): PersonMergesState {
  const mergedInto = new Map(state.mergedInto);
  mergedInto.delete(personId);
  return { mergedInto };
}

/**
 * Merges in the cross-service rules: the alert a check would have raised had the records been one person
 * is raised by the merge (same slot, so once, and an alert already resolved within one side is not raised
 * again); an unmerge auto-resolves (`people-unmerged`) the alerts pairing a MARAC case of one side with a
 * contact of the other. Commands go on with ids derived from this one's, so a replay raises nothing twice.
 */
@CommandHandler(CheckMergedPeopleCommand)
export class CheckMergedPeopleHandler implements ICommandHandler<CheckMergedPeopleCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly commandBus: CommandBus,
  ) {}

  async execute({ input, context }: CheckMergedPeopleCommand): Promise<number> {
    const sides = sidesOf(input, await mergeForestBefore(this.executor, input.partnershipId, input.at));
    if (!sides) return 0;
    const [one, other] = await Promise.all(sides.map((ids) => watchGroupBefore(this.executor, ids, input.at)));
    const groups: [WatchGroup, WatchGroup] = [one, other];
    if (input.change === 'merged') {
      const { crossServiceLookbackMonths } = await alertSettingsOn(this.executor, input.partnershipId, input.on);
      const matches = matchesJoinedByMerge(groups, input.on, crossServiceLookbackMonths);
      for (const match of matches) {
        const raise = crossServiceAlertOf(match, input.causedAt);
        await this.commandBus.execute(
          new RaiseAlertCommand(raise, childContext(context, `${raise.kind}:${raise.about}`, raise.partnershipId)),
        );
      }
      return matches.length;
    }
    const matches = matchesSeparatedByUnmerge(groups);
    for (const match of matches) {
      const slot = crossServiceSlot(match);
      await this.commandBus.execute(
        new ClearAlertCauseCommand(
          { ...slot, cause: 'people-unmerged', causedAt: input.causedAt },
          childContext(context, `${slot.kind}:${slot.about}`, input.partnershipId),
        ),
      );
    }
    return matches.length;
  }
}
