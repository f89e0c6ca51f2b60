import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerRole, noteAudit } from '@app/access';
import { CommandExecutor, deriveId } from '@app/event-store';
import { ResolvePersonQuery } from '@app/people';
import { todayOf } from '@app/kit';
import { caseListsIn, casesWithCaseReviewNoticeDueAcrossCases, furtherReportRulesIn, vsCaseDecider } from '../../domain/index.js';
import { VictimReportsReader } from '../../read-models/victim-reports.reader.js';
import { REFERRAL_REPORT_ID } from '../../read-models/vs-reports.projection.js';
import { vsCaseResult, type VsCaseResult } from '../case-commands/case-commands.js';
import { admitService, vsCaseStream } from '../vs-common.js';
import { victimServicesSettingsOn } from '../vs-settings-in-force.js';
import { ReferVictimCommand } from './refer-victim.command.js';

/**
 * The service is read from its stream (404 for none, or another partnership's); the victim and alleged
 * perpetrators are people of the service's partnership (ResolvePersonQuery: another partnership's person is
 * the same 404 as a missing one), recorded under their canonical ids. The location is personal data of the
 * victim (an erased victim is refused, 409, by its encryption).
 */
@CommandHandler(ReferVictimCommand)
export class ReferVictimHandler implements ICommandHandler<ReferVictimCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queryBus: QueryBus,
    private readonly reports: VictimReportsReader,
  ) {}

  async execute({ caller, context, input }: ReferVictimCommand): Promise<VsCaseResult> {
    const caseId = deriveId(context.commandId, 'vs-case');
    assertCallerRole(caller, 'asb-caseworker');
    const service = await admitService(this.executor, caller, input.serviceId);
    noteAudit({
      recordKind: 'vs_case',
      recordId: caseId,
      partnershipId: service.partnershipId,
      subjectIds: [input.personId, ...input.perpetratorPersonIds],
    });
    const resolve = async (personId: string) =>
      (await this.queryBus.execute(new ResolvePersonQuery(caller, { personId, partnershipId: service.partnershipId }))).personId;
    const personId = await resolve(input.personId);
    const perpetratorPersonIds: string[] = [];
    for (const id of input.perpetratorPersonIds) perpetratorPersonIds.push(await resolve(id));
    const today = todayOf(context);
    const settings = await victimServicesSettingsOn(this.executor, service.partnershipId, input.referralDate, today);
    // The Case Review notice across cases, by the rule the case list applies (vs_reports, merges followed),
    // recorded on the referral so the alert rules can raise it without reading a lagging read model.
    const referral = await this.reports.withPreviousReport(service.partnershipId, {
      caseId,
      reportId: REFERRAL_REPORT_ID,
      personId,
      reportedOn: input.referralDate,
    });
    const caseReviewNoticeDue = casesWithCaseReviewNoticeDueAcrossCases(
      [referral],
      furtherReportRulesIn(settings).caseReviewWindowMonths,
    ).has(caseId);
    const result = await this.executor.handle(
      vsCaseStream(caseId),
      vsCaseDecider,
      (state) =>
        vsCaseDecider.decide(
          {
            type: 'ReferVictim',
            caseId,
            serviceId: service.serviceId,
            partnershipId: service.partnershipId,
            personId,
            referralDate: input.referralDate,
            referringPartner: input.referringPartner,
            asbCategory: input.asbCategory,
            behaviourTypes: input.behaviourTypes,
            perpetratorPersonIds,
            location: input.location,
            lists: caseListsIn(settings),
            caseReviewNoticeDue,
            today,
          },
          state,
        ),
      { context: { ...context, partnershipId: service.partnershipId }, revealPersonalData: false },
    );
    return vsCaseResult(result);
  }
}
