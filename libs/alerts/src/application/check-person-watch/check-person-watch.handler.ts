import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { personGroupOf } from '@app/people';
import { activeMaracCasesOfGroup, maracRoleOf, onCohortInGroupOn } from '../../domain/index.js';
import { alertSettingsOn, childContext } from '../alert-streams.js';
import { crossServiceAlertOf } from '../cross-service-alert.js';
import { RaiseAlertCommand, type RaiseAlertInput } from '../raise-alert/raise-alert.command.js';
import { mergeForestBefore, watchGroupBefore } from '../watch-group-at.js';
import { CheckPersonWatchCommand } from './check-person-watch.command.js';

/**
 * The cross-service rules, on what the watches of the person's whole merge group held just before the other
 * service's event (the watches and the merges are written by the same process manager, in log order, each
 * fact stamped with its event's position, so this reads everything MARAC and IOM recorded before, and
 * nothing after, however often the event is read again). Each alert is raised through RaiseAlertCommand
 * with a command id derived from this one's. A MARAC alert is for the partnership's MARAC coordinators and
 * concerns the MARAC case; the IOM one is for its IOM leads and concerns the IOM record. Only the same
 * partnership's MARAC cases count.
 */
@CommandHandler(CheckPersonWatchCommand)
export class CheckPersonWatchHandler implements ICommandHandler<CheckPersonWatchCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly commandBus: CommandBus,
  ) {}

  async execute({ input, context }: CheckPersonWatchCommand): Promise<string[]> {
    const { personId, at, causedAt, ...contact } = input;
    const merges = await mergeForestBefore(this.executor, input.partnershipId, at);
    const group = await watchGroupBefore(this.executor, personGroupOf(merges, personId), at);
    const settings = await alertSettingsOn(this.executor, input.partnershipId, input.on);
    const raises: RaiseAlertInput[] = [];
    for (const maracCase of activeMaracCasesOfGroup(group, maracRoleOf(input.rule), input.on, settings.crossServiceLookbackMonths)) {
      if (maracCase.partnershipId !== input.partnershipId) continue;
      raises.push(crossServiceAlertOf({ maracCase, contact }, causedAt));
    }
    if (input.rule === 'offending' && input.offenderId && onCohortInGroupOn(group, input.offenderId, input.on)) {
      raises.push({
        kind: 'iom-member-offending',
        about: input.occurrence,
        partnershipId: input.partnershipId,
        record: { kind: input.source.kind, id: input.source.id },
        audience: { kind: 'role', role: 'iom-lead' },
        link: input.source.link,
        dueOn: input.on,
        timing: { rule: 'now' },
        causedAt,
      });
    }
    const ids: string[] = [];
    for (const raise of raises) {
      ids.push(
        await this.commandBus.execute(
          new RaiseAlertCommand(raise, childContext(context, `${raise.kind}:${raise.about}`, raise.partnershipId)),
        ),
      );
    }
    return ids;
  }
}
