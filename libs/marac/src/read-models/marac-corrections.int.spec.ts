import { Depersonaliser, Pseudonymiser, type AccessConfig, type AuthenticatedUser } from '@app/access';
import { CommandExecutor, streamName, type CommandContext } from '@app/event-store';
import { ProjectionRunner, rebuildProjections, type Projection } from '@app/projections';
import { openTestPlatform, type TestPlatform } from '@app/testing';
import { PartnershipSettingsService } from '../application/partnership-settings.service.js';
import {
  maracCaseDecider,
  maracEventTypes,
  maracMeetingDecider,
  rangeOfQuarter,
  type MaracAmendableFields,
  type MaracCaseCommand,
  type MaracRecordKind,
  type ReferCase,
} from '../domain/index.js';
import type { AmendmentOf } from '@app/domain';
import { maracMigrations, maracProjections } from '../marac.context.js';
import { DepersonalisedCasesQuery } from './depersonalised-cases.query.js';
import { MaracReportsQuery } from './marac-reports.query.js';

/**
 * Corrections against a real PostgreSQL: the read models and the figures follow amendments and voids,
 * live in small batches and after a rebuild alike.
 */
const PARTNERSHIP = 'csp-cor';
const MARAC = 'marac-cor';
const coordinator: AuthenticatedUser = { id: 'coordinator-cor', roles: ['coordinator'], partnerships: [PARTNERSHIP] };
const analyst: AuthenticatedUser = { id: 'analyst-cor', roles: ['analyst'], partnerships: [PARTNERSHIP] };

describe('MARAC read models after corrections', () => {
  let platform: TestPlatform;
  let executor: CommandExecutor;
  let reports: MaracReportsQuery;
  let cases: DepersonalisedCasesQuery;
  let n = 0;

  const context = (): CommandContext => ({
    commandId: `00000000-0000-4000-9000-${String(++n).padStart(12, '0')}`,
    correlationId: 'c',
    causationId: 'c',
    actor: coordinator.id,
    occurredAt: '2025-06-01T09:00:00Z',
    partnershipId: PARTNERSHIP,
  });
  const onCase = (caseId: string, command: MaracCaseCommand) =>
    executor.handle(streamName('marac_case', caseId), maracCaseDecider, (s) => maracCaseDecider.decide(command, s), { context: context() });
  const correction = { reason: 'Entered on the wrong case', correctedAt: '2025-06-01T09:00:00Z', correctedBy: coordinator.id };
  const amend = (caseId: string, change: AmendmentOf<MaracAmendableFields> & { recordId: string }) =>
    onCase(caseId, { type: 'AmendCaseRecord', caseId, ...correction, ...change });
  const voidRecord = (caseId: string, recordKind: MaracRecordKind, recordId: string) =>
    onCase(caseId, { type: 'VoidCaseRecord', caseId, recordKind, recordId, ...correction });

  const refer = (caseId: string, referralDate: string, extra: Partial<ReferCase> = {}): ReferCase => ({
    type: 'ReferCase',
    caseId,
    maracId: MARAC,
    partnershipId: PARTNERSHIP,
    referralDate,
    referringAgency: 'police',
    criterion: 'professional-judgement',
    victim: { personId: `v-${caseId}`, details: { fullName: 'Cor Victim' }, profile: { sex: 'female', ageAtReferral: 30, ethnicity: 'not-known', disabled: null, lgbtPlus: null, childrenInHousehold: 0 } },
    perpetrators: [{ personId: `p-${caseId}`, relationship: 'partner', details: { fullName: 'Cor Perpetrator' } }],
    isRepeat: false,
    previousCaseId: null,
    ...extra,
  });
  const hear = async (caseId: string, meetingId: string, date: string) => {
    await onCase(caseId, { type: 'ListCaseForMeeting', caseId, meetingId, meetingDate: date });
    await onCase(caseId, { type: 'RecordCaseHeard', caseId, meetingId, heardOn: date, agenciesPresent: ['police', 'idva'] });
  };

  const runLive = async (projection: Projection) => {
    const runner = new ProjectionRunner(platform.dataSource, platform.store, platform.codec, projection, { batchSize: 3, flushAfterMs: 5 });
    runner.start();
    const deadline = Date.now() + 20_000;
    while (!runner.status().caughtUp && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await runner.stop();
    expect(runner.status().lastError).toBeUndefined();
  };

  /** What a coordinator and an analyst would check: repeat rates per quarter, cases referred per quarter. */
  const figures = async () => {
    const year2425 = await reports.repeatRateByQuarter(coordinator, MARAC, '2024-25');
    const year2526 = await reports.repeatRateByQuarter(coordinator, MARAC, '2025-26');
    const referred = async (financialYear: string, quarter: 1 | 2 | 3 | 4) =>
      (await cases.execute(analyst, MARAC, rangeOfQuarter(financialYear, quarter), { page: 1, pageSize: 50 })).total;
    return {
      heardQ4: [year2425.quarters[3].cases, year2425.quarters[3].repeatCases],
      heardQ1: [year2526.quarters[0].cases, year2526.quarters[0].repeatCases],
      referredQ4: await referred('2024-25', 4),
      referredQ1: await referred('2025-26', 1),
    };
  };
  const rows = async (sql: string) => platform.dataSource.query(sql);
  const snapshot = async () => ({
    list: await rows('SELECT * FROM marac_case_list ORDER BY case_id'),
    actions: await rows('SELECT * FROM marac_case_actions ORDER BY case_id, action_id'),
    agenda: await rows('SELECT * FROM marac_agenda_items ORDER BY meeting_id, case_id'),
    reportCases: await rows('SELECT * FROM marac_report_cases ORDER BY case_id'),
    hearings: await rows('SELECT * FROM marac_report_hearings ORDER BY case_id, meeting_id'),
    reportActions: await rows('SELECT * FROM marac_report_actions ORDER BY case_id, action_id'),
    retention: await rows('SELECT * FROM marac_retention_cases ORDER BY case_id'),
  });

  beforeAll(async () => {
    platform = await openTestPlatform({ migrations: maracMigrations, eventTypes: maracEventTypes });
    executor = new CommandExecutor(platform.store, platform.codec);
    const depersonaliser = new Depersonaliser(new Pseudonymiser(Buffer.alloc(32, 7)), { smallCountThreshold: 5 } as AccessConfig);
    reports = new MaracReportsQuery(platform.dataSource, new PartnershipSettingsService(platform.dataSource), depersonaliser);
    cases = new DepersonalisedCasesQuery(platform.dataSource, depersonaliser);
  });
  afterAll(async () => {
    await platform?.dispose();
  });

  it('follows amendments and voids in every figure, live and after a rebuild', async () => {
    for (const [meetingId, date] of [['m1', '2025-03-20'], ['m2', '2025-04-20']]) {
      await executor.handle(
        streamName('marac_meeting', meetingId),
        maracMeetingDecider,
        (s) => maracMeetingDecider.decide({ type: 'ScheduleMeeting', meetingId, maracId: MARAC, partnershipId: PARTNERSHIP, date }, s),
        { context: context() },
      );
    }
    // A: heard in Q4, made a repeat by a further incident, heard again in Q1 as a repeat.
    await onCase('A', refer('A', '2025-03-05'));
    await hear('A', 'm1', '2025-03-20');
    await onCase('A', { type: 'ReportFurtherIncident', caseId: 'A', incidentId: 'i1', date: '2025-03-25', reportedOn: '2025-03-26', reportingAgency: 'idva', description: 'Texts' });
    await onCase('A', { type: 'AddAgencyAction', caseId: 'A', actionId: 'a1', agency: 'housing', description: 'Locks', dueDate: '2025-05-01' });
    await hear('A', 'm2', '2025-04-20');
    // B: a repeat referral heard in Q1. C: referred late in Q4, heard in Q1. D: heard in Q4, with an action.
    await onCase('B', refer('B', '2025-03-10', { isRepeat: true, previousCaseId: 'earlier' }));
    await hear('B', 'm2', '2025-04-20');
    await onCase('C', refer('C', '2025-03-28'));
    await hear('C', 'm2', '2025-04-20');
    await onCase('D', refer('D', '2025-03-01'));
    await hear('D', 'm1', '2025-03-20');
    await onCase('D', { type: 'AddAgencyAction', caseId: 'D', actionId: 'a1', agency: 'health', description: 'GP', dueDate: '2025-04-01' });

    for (const projection of maracProjections) await runLive(projection);
    expect(await figures()).toEqual({ heardQ4: [2, 0], heardQ1: [3, 2], referredQ4: 4, referredQ1: 0 });

    await voidRecord('B', 'hearing', 'm2'); // B was not heard at m2 after all
    await amend('C', { recordKind: 'referral', recordId: 'C', changes: { referralDate: '2025-04-02', referringAgency: 'health' } }); // typed the wrong date
    await voidRecord('D', 'referral', 'D'); // D was never a MARAC referral
    await voidRecord('A', 'incident', 'i1'); // the incident was another victim's
    await amend('A', { recordKind: 'agency-action', recordId: 'a1', changes: { dueDate: '2025-05-15' } });
    await amend('A', { recordKind: 'hearing', recordId: 'm1', changes: { agenciesPresent: ['police'] } });

    for (const projection of maracProjections) await runLive(projection);
    const after = await figures();
    // Q4: D's hearing gone; Q1: B's hearing gone and A's no longer a repeat; C moved from Q4 to Q1, D gone.
    expect(after).toEqual({ heardQ4: [1, 0], heardQ1: [2, 0], referredQ4: 2, referredQ1: 1 });

    const live = await snapshot();
    const byCase = (list: unknown[], id: string) => (list as { case_id: string }[]).filter((row) => row.case_id === id) as Record<string, unknown>[];
    expect(byCase(live.list, 'D')[0]).toMatchObject({ status: 'voided' });
    expect(byCase(live.list, 'A')[0]).toMatchObject({ is_repeat: false, awaiting_relisting: false });
    expect(byCase(live.list, 'C')[0]).toMatchObject({ referring_agency: 'health' });
    expect(byCase(live.actions, 'D')).toEqual([]);
    expect(byCase(live.reportActions, 'D')).toEqual([]);
    expect(byCase(live.actions, 'A')[0].due_date).toEqual(byCase(live.reportActions, 'A')[0].due_date);
    expect(byCase(live.agenda, 'D')).toEqual([]);
    expect(byCase(live.agenda, 'B')[0]).toMatchObject({ meeting_id: 'm2', heard_on: null, agencies_present: null });
    expect(byCase(live.agenda, 'A').map((item) => item.agencies_present)).toEqual([['police'], ['police', 'idva']]);
    expect(byCase(live.retention, 'D')[0]).toMatchObject({ status: 'closed' });

    await rebuildProjections(platform.dataSource, platform.store, platform.codec, maracProjections);
    expect(await snapshot()).toEqual(live);
    expect(await figures()).toEqual(after);
    // Pages that split a case's events (a correction and the record it corrects in different batches).
    await rebuildProjections(platform.dataSource, platform.store, platform.codec, maracProjections, { background: true, batchSize: 4 });
    expect(await snapshot()).toEqual(live);
  });
});
