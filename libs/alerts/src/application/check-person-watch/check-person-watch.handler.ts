import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { activeMaracCases, onCohortOn, personWatchDecider } from '../../domain/index.js';
import { alertSettingsOn, childContext, personWatchStream } from '../alert-streams.js';
import { RaiseAlertCommand, type RaiseAlertInput } from '../raise-alert/raise-alert.command.js';
import { CheckPersonWatchCommand } from './check-person-watch.command.js';

const maracCaseLink = (caseId: string) => `/marac/cases/${caseId}`;

/**
 * The cross-service rules, on what the person's watch holds when the other service's event is read (the
 * watch is written by the same process manager, in log order, so it holds everything MARAC and IOM recorded
 * before). Each alert is raised through RaiseAlertCommand with a command id derived from this one's.
 * A MARAC alert is for the partnership's MARAC coordinators and concerns the MARAC case; the IOM one is for
 * its IOM leads and concerns the IOM record. Only the same partnership's MARAC cases count.
 */
@CommandHandler(CheckPersonWatchCommand)
export class CheckPersonWatchHandler implements ICommandHandler<CheckPersonWatchCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly commandBus: CommandBus,
  ) {}

  async execute({ input, context }: CheckPersonWatchCommand): Promise<string[]> {
    const { state } = await this.executor.load(personWatchStream(input.personId), personWatchDecider);
    const settings = await alertSettingsOn(this.executor, input.partnershipId, input.on);
    const raises: RaiseAlertInput[] = [];
    const role = input.rule === 'victim-elsewhere' ? 'victim' : 'perpetrator';
    for (const maracCase of activeMaracCases(state, role, input.on, settings.crossServiceLookbackMonths)) {
      if (maracCase.partnershipId !== input.partnershipId) continue;
      raises.push({
        kind: input.rule === 'victim-elsewhere' ? 'marac-victim-in-other-service' : 'marac-perpetrator-offending-in-iom',
        about: `${maracCase.caseId}:${input.source.kind}:${input.occurrence}`,
        partnershipId: input.partnershipId,
        record: { kind: 'marac_case', id: maracCase.caseId },
        audience: { kind: 'role', role: 'coordinator' },
        link: maracCaseLink(maracCase.caseId),
        dueOn: input.on,
        timing: { rule: 'now' },
        causedAt: input.causedAt,
      });
    }
    if (input.rule === 'offending' && input.offenderId && onCohortOn(state, input.offenderId, input.on)) {
      raises.push({
        kind: 'iom-member-offending',
        about: input.occurrence,
        partnershipId: input.partnershipId,
        record: { kind: input.source.kind, id: input.source.id },
        audience: { kind: 'role', role: 'iom-lead' },
        link: input.source.link,
        dueOn: input.on,
        timing: { rule: 'now' },
        causedAt: input.causedAt,
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
