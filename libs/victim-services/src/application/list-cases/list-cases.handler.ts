import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { assertCallerRole, noteAudit } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { addDays, isAfter } from '@app/periods';
import { BasisOfReadQuery } from '@app/people';
import {
  casesWithCaseReviewNoticeDueAcrossCases,
  furtherReportRulesIn,
  isRepeatReport,
  type FurtherReportRules,
  type RiskLevel,
} from '../../domain/index.js';
import { VsCase } from '../../read-models/victim-services.entities.js';
import { VictimReportsReader } from '../../read-models/victim-reports.reader.js';
import { admitService } from '../vs-common.js';
import { victimServicesSettingsOn } from '../vs-settings-in-force.js';
import { ListVsCasesQuery, type VsCaseList, type VsCaseListEntry } from './list-cases.query.js';

/** When a reassessment is due: on a further report not assessed since, else on the level's cadence after the last assessment. */
export function reassessmentDueOn(
  row: Pick<VsCase, 'riskLevel' | 'lastRiskAssessedOn' | 'lastReportOn' | 'referralDate'>,
  rules: FurtherReportRules,
): string | null {
  const { lastRiskAssessedOn, lastReportOn, riskLevel } = row;
  if (lastRiskAssessedOn === null) return lastReportOn;
  if (isAfter(lastReportOn, lastRiskAssessedOn)) return lastReportOn;
  const days = riskLevel ? rules.reassessmentDays[riskLevel as RiskLevel] : null;
  return days === null ? null : addDays(lastRiskAssessedOn, days);
}

/** The audit entry of the list says on what basis the open cases' victims' records were read (victim services' standing). */
@QueryHandler(ListVsCasesQuery)
export class ListVsCasesHandler implements IQueryHandler<ListVsCasesQuery> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly dataSource: DataSource,
    private readonly reports: VictimReportsReader,
    private readonly queryBus: QueryBus,
  ) {}

  async execute({ caller, input }: ListVsCasesQuery): Promise<VsCaseList> {
    assertCallerRole(caller, 'asb-caseworker');
    const service = await admitService(this.executor, caller, input.serviceId);
    const rules = furtherReportRulesIn(await victimServicesSettingsOn(this.executor, service.partnershipId, input.today, input.today));
    const rows = await this.dataSource
      .getRepository(VsCase)
      .find({ where: { serviceId: service.serviceId }, order: { referralDate: 'ASC', caseId: 'ASC' } });
    const open = rows.filter((r) => r.closedOn === null);
    noteAudit({
      recordKind: 'vs_case_list',
      recordId: service.serviceId,
      partnershipId: service.partnershipId,
      subjectIds: open.map((r) => r.personId),
    });
    // A repeat victim: a report of this case within the window of the victim's previous report, on any case of the partnership.
    // Read through the people registry's merges: two records of one person are one victim's history.
    const reports = await this.reports.reportsOfService(service, { caseIds: open.map((r) => r.caseId) });
    const repeatCases = new Set(reports.filter((r) => isRepeatReport(r, rules.repeatWindowMonths)).map((r) => r.caseId));
    // A second report within the Case Review window across the victim's cases (a new referral after a report on
    // another case) makes the notice due on the later case until the victim is told on it.
    const noticeDueAcrossCases = casesWithCaseReviewNoticeDueAcrossCases(reports, rules.caseReviewWindowMonths);
    if (open.length > 0)
      noteAudit({
        sharingBasis: await this.queryBus.execute(
          new BasisOfReadQuery({
            partnershipId: service.partnershipId,
            personIds: open.map((r) => r.personId),
            purpose: 'victim-services',
          }),
        ),
      });
    const cases = open.map((r): VsCaseListEntry => {
      const due = reassessmentDueOn(r, rules);
      return {
        caseId: r.caseId,
        personId: r.personId,
        referralDate: r.referralDate,
        riskLevel: r.riskLevel as RiskLevel | null,
        reassessmentDueOn: due,
        reassessmentOverdue: due !== null && isAfter(input.today, due),
        caseReviewNoticeDue: r.caseReviewNoticeDue || (noticeDueAcrossCases.has(r.caseId) && r.caseReviewNoticeGivenOn === null),
        repeatVictim: repeatCases.has(r.caseId),
        lastContactOn: r.lastContactOn,
      };
    });
    const urgency = (c: VsCaseListEntry) => (c.caseReviewNoticeDue ? 0 : 2) + (c.reassessmentOverdue ? 0 : 1);
    return { serviceId: service.serviceId, cases: cases.sort((a, b) => urgency(a) - urgency(b)) };
  }
}
