import { CommandExecutor, streamName } from '@app/event-store';
import { rebuildProjection } from '@app/projections';
import {
  decidingOn,
  openTestPlatform,
  runProjectionLive,
  type TestPlatform,
  type WithoutToday,
  numberedCommandContexts,
  readTables,
} from '@app/testing';
import {
  DEFAULT_BEHAVIOUR_TYPES,
  DEFAULT_NEEDS,
  DEFAULT_OUTCOME_DOMAINS,
  DEFAULT_REFERRING_PARTNERS,
  DEFAULT_RISK_QUESTIONNAIRE,
  victimServiceDecider,
  victimServicesEventTypes,
  vsCaseDecider,
  type VictimServiceCommand,
  type VsCaseCommand,
} from '../domain/index.js';
import { victimServicesEntities, victimServicesMigrations, victimServicesProjections } from '../victim-services.context.js';

/**
 * The victim-services projection against a real PostgreSQL: a live runner in small batches (a case's
 * events split across batches) and a rebuild in one batch give the same rows.
 */
const TABLES: Record<string, string> = {
  vs_services: 'service_id',
  vs_service_aims: 'service_id, financial_year, row_name',
  vs_cases: 'case_id',
  vs_contacts: 'case_id, contact_id',
  vs_reports: 'case_id, report_id',
  vs_outcome_scores: 'case_id',
};
const lists = {
  referringPartners: DEFAULT_REFERRING_PARTNERS,
  behaviourTypes: DEFAULT_BEHAVIOUR_TYPES,
  needs: DEFAULT_NEEDS,
  outcomeDomains: DEFAULT_OUTCOME_DOMAINS,
};

describe('victim-services read models', () => {
  let platform: TestPlatform;
  let executor: CommandExecutor;
  const context = numberedCommandContexts({ actor: 'int-test', occurredAt: '2025-01-01T00:00:00Z', partnershipId: 'csp-int' });
  const caseDecider = decidingOn(vsCaseDecider, '2026-12-31');
  const onCase = (caseId: string, command: WithoutToday<VsCaseCommand>) =>
    executor.handle(streamName('vs_case', caseId), vsCaseDecider, (s) => caseDecider.decide(command, s), { context: context() });
  const onService = (serviceId: string, command: VictimServiceCommand) =>
    executor.handle(streamName('victim_service', serviceId), victimServiceDecider, (s) => victimServiceDecider.decide(command, s), {
      context: context(),
    });
  const snapshot = () => readTables(platform.dataSource, TABLES);

  beforeAll(async () => {
    platform = await openTestPlatform({
      entities: victimServicesEntities,
      migrations: victimServicesMigrations,
      eventTypes: victimServicesEventTypes,
    });
    executor = new CommandExecutor(platform.store, platform.codec);
  });
  afterAll(async () => {
    await platform?.dispose();
  });

  it('gives the same rows from a live run in small batches and from a rebuild', async () => {
    await onService('s1', {
      type: 'RegisterVictimService',
      serviceId: 's1',
      partnershipId: 'csp-int',
      name: 'ASB',
      provider: 'VS',
      kind: 'asb-support',
    });
    await onService('s1', { type: 'SetServiceAims', financialYear: '2016-17', aims: { cases_closed: 40, pct_needs_met: 85 } });
    const refer = (caseId: string, referralDate: string, referringPartner: string | null) =>
      onCase(caseId, {
        type: 'ReferVictim',
        caseId,
        serviceId: 's1',
        partnershipId: 'csp-int',
        personId: `p-${caseId}`,
        referralDate,
        referringPartner,
        asbCategory: 'personal',
        behaviourTypes: ['noise'],
        perpetratorPersonIds: [],
        location: 'Somewhere',
        lists,
      });
    await refer('c1', '2016-04-01', 'police');
    await refer('c2', '2016-07-01', null);
    await onCase('c1', {
      type: 'AssessRisk',
      assessedOn: '2016-04-02',
      questionnaire: DEFAULT_RISK_QUESTIONNAIRE,
      answers: DEFAULT_RISK_QUESTIONNAIRE.questions.map(() => 'no'),
    });
    await onCase('c1', {
      type: 'AssessRisk',
      assessedOn: '2016-04-20',
      questionnaire: DEFAULT_RISK_QUESTIONNAIRE,
      answers: DEFAULT_RISK_QUESTIONNAIRE.questions.map(() => 'yes'),
    });
    await onCase('c1', { type: 'AssessNeeds', assessedOn: '2016-04-02', needs: ['safety'], lists });
    await onCase('c1', { type: 'RecordSupportContact', contactId: 'x1', date: '2016-04-03', kind: 'home-visit', by: 'w' });
    await onCase('c1', { type: 'RecordSupportContact', contactId: 'x2', date: '2016-05-03', kind: 'call-attempted', by: 'w' });
    await onCase('c1', { type: 'RecordOutcomeScores', stage: 'entry', assessedOn: '2016-04-02', scores: { safety: 2 }, lists });
    await onCase('c1', { type: 'RecordOutcomeScores', stage: 'review', assessedOn: '2016-04-20', scores: { safety: 4 }, lists });
    await onCase('c1', { type: 'RecordOutcomeScores', stage: 'exit', assessedOn: '2016-06-01', scores: { safety: 7, housing: 3 }, lists });
    await onCase('c1', {
      type: 'CloseVictimCase',
      closedOn: '2016-06-01',
      reason: 'planned-exit',
      needOutcomes: [{ need: 'safety', outcome: 'met' }],
    });
    await onCase('c1', {
      type: 'RecordExitSurvey',
      on: '2016-06-01',
      answers: {
        needsMet: 'yes',
        improvedWellbeing: 'no',
        satisfiedWithService: 'yes',
        satisfiedWithPoliceOrCouncil: 'dont-know',
        reducedRisk: 'yes',
      },
    });
    await onCase('c2', {
      type: 'RecordSupportContact',
      contactId: 'x1',
      date: '2016-07-02',
      kind: 'joint-visit',
      agency: 'police',
      by: 'w',
    });
    await onService('s1', { type: 'SetServiceAims', financialYear: '2016-17', aims: { cases_closed: 30 } });
    await onCase('c2', {
      type: 'ReportFurtherIncident',
      reportId: 'r1',
      reportedOn: '2016-08-01',
      rules: { repeatWindowMonths: 12, caseReviewWindowMonths: 6, reassessmentDays: { high: 14, medium: 28, standard: null } },
    });

    for (const projection of victimServicesProjections) await runProjectionLive(platform, projection);
    const live = await snapshot();
    expect(live.vs_service_aims).toEqual([{ service_id: 's1', financial_year: '2016-17', row_name: 'cases_closed', aim: 30 }]);
    expect(live.vs_cases).toHaveLength(2);
    expect(live.vs_cases[0]).toMatchObject({
      case_id: 'c1',
      route: 'partner',
      risk_level: 'high',
      survey_status: 'completed',
      first_high_risk_on: new Date('2016-04-20T00:00:00Z'),
      first_needs_assessed_on: new Date('2016-04-02T00:00:00Z'),
      last_revision: 10,
    });
    expect(live.vs_contacts).toHaveLength(3);
    expect(live.vs_outcome_scores).toEqual([
      expect.objectContaining({
        case_id: 'c1',
        service_id: 's1',
        first_scores: { safety: 2 },
        last_scores: { safety: 7, housing: 3 },
        scorings: 3,
      }),
      expect.objectContaining({ case_id: 'c2', first_scores: null, scorings: 0 }),
    ]);
    expect(live.vs_reports).toEqual([
      expect.objectContaining({ case_id: 'c1', report_id: 'referral', service_id: 's1', person_id: 'p-c1' }),
      expect.objectContaining({ case_id: 'c2', report_id: 'r1', service_id: 's1', person_id: 'p-c2' }),
      expect.objectContaining({ case_id: 'c2', report_id: 'referral', partnership_id: 'csp-int' }),
    ]);

    for (const projection of victimServicesProjections)
      await rebuildProjection(platform.dataSource, platform.store, platform.codec, projection);
    expect(await snapshot()).toEqual(live);
  });
});
