import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole, noteAudit } from '@app/access';
import { NotFoundError } from '@app/domain';
import { CommandExecutor, deriveId } from '@app/event-store';
import {
  DEFAULT_FURTHER_REPORT_RULES,
  DEFAULT_RISK_QUESTIONNAIRE,
  VS_CASE_NOT_FOUND,
  vsCaseDecider,
  type VsCaseCommand as DomainCommand,
} from '../../domain/index.js';
import { caseListsOf, todayOf, vsCaseStream } from '../vs-common.js';
import { VsCaseCommand, vsCaseResult, type VsCaseResult } from './case-commands.js';

/**
 * Every command on an existing case: read the case once, check the caller is a caseworker of its
 * partnership (404 as for no case otherwise), decide with what the application adds (today, the
 * partnership's lists and questionnaire, who made a contact) and append at the revision read (If-Match).
 */
@CommandHandler(VsCaseCommand)
export class VsCaseCommandHandler implements ICommandHandler<VsCaseCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ caller, context, input, expectedRevision }: VsCaseCommand): Promise<VsCaseResult> {
    assertCallerRole(caller, 'asb-caseworker');
    const today = todayOf(context);
    const result = await this.executor.handle(
      vsCaseStream(input.caseId),
      vsCaseDecider,
      (state) => {
        if (state.status === 'not-referred') throw new NotFoundError(VS_CASE_NOT_FOUND);
        const lists = caseListsOf();
        const c = input.command;
        const command: DomainCommand =
          c.type === 'AssessRisk'
            ? { ...c, questionnaire: DEFAULT_RISK_QUESTIONNAIRE, today }
            : c.type === 'AssessNeeds' || c.type === 'RecordOutcomeScores'
              ? { ...c, lists, today }
              : c.type === 'RecordSupportContact'
                ? { ...c, contactId: c.contactId ?? deriveId(context.commandId, 'contact'), by: caller.id, today }
                : c.type === 'ReportFurtherIncident'
                  ? { ...c, reportId: c.reportId ?? deriveId(context.commandId, 'report'), rules: DEFAULT_FURTHER_REPORT_RULES, today }
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
