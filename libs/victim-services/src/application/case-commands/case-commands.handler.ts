import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole, noteAudit } from '@app/access';
import { assertNever, NotFoundError } from '@app/domain';
import { CommandExecutor, deriveId } from '@app/event-store';
import { todayOf } from '@app/kit';
import {
  caseListsIn,
  casesWithCaseReviewNoticeDueAcrossCases,
  furtherReportRulesIn,
  VS_CASE_NOT_FOUND,
  vsCaseDecider,
  type VsCaseCommand as DomainCommand,
} from '../../domain/index.js';
import { VictimReportsReader } from '../../read-models/victim-reports.reader.js';
import { vsCaseStream } from '../vs-common.js';
import { victimServicesSettingsOn } from '../vs-settings-in-force.js';
import { VsCaseCommand, vsCaseResult, type VsCaseCommandInput, type VsCaseResult } from './case-commands.js';

/** The day a case command is about (its settings are those in force then). */
function dayOf(command: VsCaseCommandInput): unknown {
  switch (command.type) {
    case 'AssessRisk':
    case 'AssessNeeds':
    case 'RecordOutcomeScores':
      return command.assessedOn;
    case 'ReportFurtherIncident':
      return command.reportedOn;
    case 'RecordSupportContact':
      return command.date;
    case 'CloseVictimCase':
      return command.closedOn;
    case 'RecordExitSurvey':
      return command.on;
    case 'RecordCaseReviewNotice':
      return command.toldOn;
    default:
      return assertNever(command);
  }
}

/**
 * Every command on an existing case: read the case once, check the caller is a caseworker of its
 * partnership (404 as for no case otherwise), decide with what the application adds (today, the
 * partnership's lists and questionnaire, who made a contact) and append at the revision read (If-Match).
 */
@CommandHandler(VsCaseCommand)
export class VsCaseCommandHandler implements ICommandHandler<VsCaseCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly reports: VictimReportsReader,
  ) {}

  async execute({ caller, context, input, expectedRevision }: VsCaseCommand): Promise<VsCaseResult> {
    assertCallerRole(caller, 'asb-caseworker');
    const today = todayOf(context);
    // The partnership's settings in force on the day the command is about: a case's partnership never changes, so it is read first.
    const { state: current } = await this.executor.load(vsCaseStream(input.caseId), vsCaseDecider);
    const settings =
      current.status === 'not-referred'
        ? null
        : await victimServicesSettingsOn(this.executor, current.partnershipId, dayOf(input.command), today);
    // A notice may be due from the victim's other cases (a new referral within the window of a report on one):
    // read from every case of the person in the partnership, merges followed (vs_reports, a projection).
    const dueAcrossCases =
      input.command.type === 'RecordCaseReviewNotice' && current.status !== 'not-referred' && settings
        ? casesWithCaseReviewNoticeDueAcrossCases(
            await this.reports.reportsOfService(current, { caseIds: [current.caseId] }),
            furtherReportRulesIn(settings).caseReviewWindowMonths,
          ).has(current.caseId)
        : false;
    const result = await this.executor.handle(
      vsCaseStream(input.caseId),
      vsCaseDecider,
      (state) => {
        if (state.status === 'not-referred' || !settings) throw new NotFoundError(VS_CASE_NOT_FOUND);
        const lists = caseListsIn(settings);
        const c = input.command;
        const command: DomainCommand =
          c.type === 'AssessRisk'
            ? { ...c, questionnaire: settings.riskQuestionnaire, today }
            : c.type === 'AssessNeeds' || c.type === 'RecordOutcomeScores'
              ? { ...c, lists, today }
              : c.type === 'RecordSupportContact'
                ? { ...c, contactId: c.contactId ?? deriveId(context.commandId, 'contact'), by: caller.id, today }
                : c.type === 'ReportFurtherIncident'
                  ? { ...c, reportId: c.reportId ?? deriveId(context.commandId, 'report'), rules: furtherReportRulesIn(settings), today }
                  : c.type === 'RecordCaseReviewNotice'
                    ? { ...c, dueAcrossCases, today }
                    : { ...c, today };
        return vsCaseDecider.decide(command, state);
      },
      {
        context,
        expectedRevision,
        revealPersonalData: false,
        admit: (state) => {
          if (state.status === 'not-referred') throw new NotFoundError(VS_CASE_NOT_FOUND);
          noteAudit({ recordKind: 'vs_case', recordId: input.caseId, partnershipId: state.partnershipId, subjectIds: [state.personId] });
          assertCallerMayAccess(caller, state.partnershipId, VS_CASE_NOT_FOUND);
          return { partnershipId: state.partnershipId };
        },
      },
    );
    return vsCaseResult(result);
  }
}
