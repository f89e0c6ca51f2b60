import { Depersonaliser, Pseudonymiser, type AccessConfig, type AuthenticatedUser } from '@app/access';
import type { AmendmentOf } from '@app/domain';
import { CommandExecutor, streamName } from '@app/event-store';
import { rebuildProjection, rebuildProjections } from '@app/projections';
import {
  decidingOn,
  openTestPlatform,
  runProjectionLive,
  type TestPlatform,
  type WithoutToday,
  numberedCommandContexts,
  readTables,
} from '@app/testing';
import { rangeOfQuarter } from '@app/periods';
import { MaracRegistry } from '../application/marac-registry.js';
import {
  MARAC_PANEL_STREAM_CATEGORY,
  maracCaseDecider,
  maracEventTypes,
  maracPanelDecider,
  maracMeetingDecider,
  type MaracAmendableFields,
  type MaracCaseCommand,
  type MaracMeetingCommand,
  type MaracRecordKind,
  type ReferCase,
} from '../domain/index.js';
import { maracEntities, maracMigrations, maracProjections } from '../marac.context.js';
import { DepersonalisedCasesReader } from './depersonalised-cases.reader.js';
import { AnalystFiguresReader } from './analyst-figures.reader.js';
import { MaracReportsReader } from './marac-reports.reader.js';
import { MaracSettingsReader } from './marac-settings.reader.js';

/**
 * The MARAC projections against a real PostgreSQL: a live runner applying small batches (events of a
 * case split across batches) and a rebuild applying the whole log in one batch (all of a case folded
 * together) must give the same rows.
 */
const TABLES: Record<string, string> = {
  marac_case_list: 'case_id',
  marac_case_actions: 'case_id, action_id',
  marac_meetings: 'meeting_id',
  marac_agenda_items: 'meeting_id, case_id',
  marac_report_cases: 'case_id',
  marac_report_hearings: 'case_id, meeting_id',
  marac_report_actions: 'case_id, action_id',
  marac_report_case_closures: 'case_id, closed_revision',
  marac_retention_cases: 'case_id',
  marac_case_subjects: 'case_id, subject_id',
};

describe('MARAC read models', () => {
  let platform: TestPlatform;
  let executor: CommandExecutor;

  const context = numberedCommandContexts({ actor: 'int-test', occurredAt: '2025-01-01T00:00:00Z', partnershipId: 'csp-int' });
  // Decided on a day after every date below, as a handler would on the UK date at the command's time.
  const caseDecider = decidingOn(maracCaseDecider, '2026-12-31');
  const meetingDecider = decidingOn(maracMeetingDecider, '2026-12-31');
  const onCase = (caseId: string, command: WithoutToday<MaracCaseCommand>) =>
    executor.handle(streamName('marac_case', caseId), maracCaseDecider, (s) => caseDecider.decide(command, s), { context: context() });
  const onMeeting = (meetingId: string, command: WithoutToday<MaracMeetingCommand>) =>
    executor.handle(streamName('marac_meeting', meetingId), maracMeetingDecider, (s) => meetingDecider.decide(command, s), {
      context: context(),
    });

  const snapshot = () => readTables(platform.dataSource, TABLES);

  beforeAll(async () => {
    platform = await openTestPlatform({ entities: maracEntities, migrations: maracMigrations, eventTypes: maracEventTypes });
    executor = new CommandExecutor(platform.store, platform.codec);
  });
  afterAll(async () => {
    await platform?.dispose();
  });

  it('gives the same rows from a live run in small batches and from a rebuild', async () => {
    const refer = (caseId: string, personId: string, referralDate: string, extra: Partial<ReferCase> = {}): WithoutToday<ReferCase> => ({
      type: 'ReferCase',
      caseId,
      maracId: 'marac-int',
      partnershipId: 'csp-int',
      referralDate,
      referringAgency: 'police',
      criterion: 'professional-judgement',
      victim: {
        personId,
        details: { fullName: `Int Victim ${personId}` },
        profile: { sex: 'female', ageAtReferral: 30, ethnicity: 'not-known', disabled: null, lgbtPlus: null, childrenInHousehold: 1 },
      },
      perpetrators: [{ personId: `perp-${personId}`, relationship: 'partner', details: { fullName: 'Int Perpetrator' } }],
      dash: { answers: [...Array(12).fill('yes'), ...Array(12).fill('no')] },
      isRepeat: false,
      previousCaseId: null,
      ...extra,
    });
    await onMeeting('m1', { type: 'ScheduleMeeting', meetingId: 'm1', maracId: 'marac-int', partnershipId: 'csp-int', date: '2025-02-01' });
    await onMeeting('m2', { type: 'ScheduleMeeting', meetingId: 'm2', maracId: 'marac-int', partnershipId: 'csp-int', date: '2025-05-01' });
    await onMeeting('m3', { type: 'ScheduleMeeting', meetingId: 'm3', maracId: 'marac-int', partnershipId: 'csp-int', date: '2025-06-01' });
    await onMeeting('m3', { type: 'CancelMeeting', meetingId: 'm3', cancelledOn: '2025-05-20', reason: 'no-cases' });
    for (const [caseId, date] of [
      ['c1', '2025-01-10'],
      ['c2', '2025-01-12'],
      ['c3', '2025-01-20'],
    ] as const) {
      await onCase(caseId, refer(caseId, `p-${caseId}`, date));
      await onCase(caseId, {
        type: 'RecordDashAssessment',
        caseId,
        assessedOn: '2025-01-25',
        answers: [...Array(15).fill('yes'), ...Array(9).fill('no')],
      });
      await onCase(caseId, { type: 'RecordDashAssessment', caseId, assessedOn: '2025-01-22', answers: Array(24).fill('no') }); // older: does not replace
      await onCase(caseId, { type: 'ListCaseForMeeting', caseId, meetingId: 'm1', meetingDate: '2025-02-01' });
      await onCase(caseId, {
        type: 'RecordCaseHeard',
        caseId,
        meetingId: 'm1',
        heardOn: '2025-02-01',
        agenciesPresent: ['police', 'idva'],
      });
      await onCase(caseId, {
        type: 'AddAgencyAction',
        caseId,
        actionId: 'a1',
        meetingId: 'm1',
        agency: 'housing',
        description: 'Locks',
        dueDate: '2025-03-01',
      });
      await onCase(caseId, {
        type: 'AddAgencyAction',
        caseId,
        actionId: 'a2',
        meetingId: null,
        agency: 'health',
        description: 'GP',
        dueDate: '2025-03-10',
      });
    }
    await onCase('c1', { type: 'CompleteAgencyAction', caseId: 'c1', actionId: 'a1', completedOn: '2025-02-20' });
    await onCase('c2', {
      type: 'ReportFurtherIncident',
      caseId: 'c2',
      incidentId: 'i1',
      date: '2025-04-01',
      reportedOn: '2025-04-02',
      reportingAgency: 'police',
      description: 'Threats',
    });
    await onCase('c2', { type: 'ListCaseForMeeting', caseId: 'c2', meetingId: 'm2', meetingDate: '2025-05-01' });
    await onCase('c2', { type: 'RecordCaseHeard', caseId: 'c2', meetingId: 'm2', heardOn: '2025-05-01', agenciesPresent: ['police'] });
    await onCase('c3', { type: 'CloseCase', caseId: 'c3', closedOn: '2025-03-15', reason: 'risk-reduced' });
    await onCase('c3', {
      type: 'ReportFurtherIncident',
      caseId: 'c3',
      incidentId: 'i1',
      date: '2025-04-05',
      reportedOn: '2025-04-05',
      reportingAgency: 'idva',
      description: 'Contact',
    });
    await onCase('c1', { type: 'CloseCase', caseId: 'c1', closedOn: '2025-06-01', reason: 'actions-completed' });

    for (const projection of maracProjections) await runProjectionLive(platform, projection);
    const live = await snapshot();

    const byId = (rows: unknown[], id: string) =>
      (rows as { case_id: string }[]).find((row) => row.case_id === id) as Record<string, unknown>;
    expect(byId(live.marac_case_list, 'c1')).toMatchObject({
      status: 'closed',
      risk_band: 'high',
      dash_score: 15,
      is_repeat: false,
      victim_name: 'Int Victim p-c1',
    });
    expect(byId(live.marac_case_list, 'c2')).toMatchObject({ status: 'open', is_repeat: true, awaiting_relisting: false });
    expect(byId(live.marac_case_list, 'c3')).toMatchObject({ status: 'open', is_repeat: true, awaiting_relisting: true, closed_on: null });
    expect(live.marac_report_hearings).toHaveLength(4);
    expect((live.marac_report_hearings as { as_repeat: boolean }[]).filter((h) => h.as_repeat)).toHaveLength(1);
    expect((live.marac_meetings as { meeting_id: string; status: string }[]).map((m) => [m.meeting_id, m.status])).toEqual([
      ['m1', 'scheduled'],
      ['m2', 'scheduled'],
      ['m3', 'cancelled'],
    ]);
    expect((live.marac_case_actions as { completed_on: unknown }[]).filter((a) => a.completed_on !== null)).toHaveLength(1);
    // Retention: c1 closed; c3 closed and reopened by a further incident; the people each case names.
    expect(
      (live.marac_retention_cases as { case_id: string; status: string; closed_on: unknown }[]).map((c) => [
        c.case_id,
        c.status,
        c.closed_on !== null,
      ]),
    ).toEqual([
      ['c1', 'closed', true],
      ['c2', 'open', false],
      ['c3', 'open', false],
    ]);
    expect(
      (live.marac_case_subjects as { case_id: string; subject_id: string; role: string }[])
        .filter((s) => s.case_id === 'c1')
        .map((s) => [s.subject_id, s.role]),
    ).toEqual([
      ['p-c1', 'victim'],
      ['perp-p-c1', 'perpetrator'],
    ]);

    for (const projection of maracProjections) await rebuildProjection(platform.dataSource, platform.store, platform.codec, projection);
    expect(await snapshot()).toEqual(live);

    // All together in the background (one connection at a time, no read-ahead), over many small pages.
    await rebuildProjections(platform.dataSource, platform.store, platform.codec, maracProjections, { background: true, batchSize: 7 });
    expect(await snapshot()).toEqual(live);
  });

  describe('after corrections', () => {
    const PARTNERSHIP = 'csp-int';
    const MARAC = 'marac-cor';
    const coordinator: AuthenticatedUser = { id: 'coordinator-cor', roles: ['coordinator'], partnerships: [PARTNERSHIP] };
    const analyst: AuthenticatedUser = { id: 'analyst-cor', roles: ['analyst'], partnerships: [PARTNERSHIP] };
    const correction = { reason: 'Entered on the wrong case', correctedAt: '2025-06-01T09:00:00Z', correctedBy: coordinator.id };
    const amend = (caseId: string, change: AmendmentOf<MaracAmendableFields> & { recordId: string }) =>
      onCase(caseId, { type: 'AmendCaseRecord', caseId, ...correction, ...change });
    const voidRecord = (caseId: string, recordKind: MaracRecordKind, recordId: string) =>
      onCase(caseId, { type: 'VoidCaseRecord', caseId, recordKind, recordId, ...correction });
    const refer = (caseId: string, referralDate: string, extra: Partial<ReferCase> = {}): WithoutToday<ReferCase> => ({
      type: 'ReferCase',
      caseId,
      maracId: MARAC,
      partnershipId: PARTNERSHIP,
      referralDate,
      referringAgency: 'police',
      criterion: 'professional-judgement',
      victim: {
        personId: `v-${caseId}`,
        details: { fullName: 'Cor Victim' },
        profile: { sex: 'female', ageAtReferral: 30, ethnicity: 'not-known', disabled: null, lgbtPlus: null, childrenInHousehold: 0 },
      },
      perpetrators: [{ personId: `p-${caseId}`, relationship: 'partner', details: { fullName: 'Cor Perpetrator' } }],
      isRepeat: false,
      previousCaseId: null,
      ...extra,
    });
    const hear = async (caseId: string, meetingId: string, date: string) => {
      await onCase(caseId, { type: 'ListCaseForMeeting', caseId, meetingId, meetingDate: date });
      await onCase(caseId, { type: 'RecordCaseHeard', caseId, meetingId, heardOn: date, agenciesPresent: ['police', 'idva'] });
    };

    const depersonaliser = new Depersonaliser(new Pseudonymiser(Buffer.alloc(32, 7)), { smallCountThreshold: 5 } as AccessConfig);
    const reportsReader = () =>
      new MaracReportsReader(
        platform.dataSource,
        new MaracSettingsReader(platform.dataSource),
        new MaracRegistry(executor),
        depersonaliser,
        new AnalystFiguresReader(platform.dataSource, depersonaliser),
      );
    const registerMarac = async (maracId: string) => {
      const register = { type: 'RegisterPanel' as const, panelId: maracId, partnershipId: PARTNERSHIP, name: `MARAC ${maracId}` };
      await executor.handle(
        streamName(MARAC_PANEL_STREAM_CATEGORY, maracId),
        maracPanelDecider,
        (s) => maracPanelDecider.decide(register, s),
        { context: context() },
      );
    };

    /** What a coordinator and an analyst would check: repeat rates per quarter (by hearing), cases referred per quarter. */
    const figures = async () => {
      const reports = reportsReader();
      const cases = new DepersonalisedCasesReader(platform.dataSource, depersonaliser, new MaracRegistry(executor));
      const [year2425, year2526] = [
        await reports.repeatRateByQuarter(coordinator, MARAC, '2024-25'),
        await reports.repeatRateByQuarter(coordinator, MARAC, '2025-26'),
      ];
      const referred = async (financialYear: string, quarter: 1 | 4) =>
        (await cases.execute(analyst, MARAC, rangeOfQuarter(financialYear, quarter), { page: 1, pageSize: 50 })).total;
      return {
        heardQ4: [year2425.quarters[3].cases, year2425.quarters[3].repeatCases],
        heardQ1: [year2526.quarters[0].cases, year2526.quarters[0].repeatCases],
        referredQ4: await referred('2024-25', 4),
        referredQ1: await referred('2025-26', 1),
      };
    };

    it('follow amendments and voids in every figure, live and after a rebuild', async () => {
      await registerMarac(MARAC);
      for (const [meetingId, date] of [
        ['cm1', '2025-03-20'],
        ['cm2', '2025-04-20'],
      ]) {
        await onMeeting(meetingId, { type: 'ScheduleMeeting', meetingId, maracId: MARAC, partnershipId: PARTNERSHIP, date });
      }
      // A: heard in Q4, made a repeat by a further incident, heard again in Q1 as a repeat.
      await onCase('A', refer('A', '2025-03-05'));
      await hear('A', 'cm1', '2025-03-20');
      await onCase('A', {
        type: 'ReportFurtherIncident',
        caseId: 'A',
        incidentId: 'i1',
        date: '2025-03-25',
        reportedOn: '2025-03-26',
        reportingAgency: 'idva',
        description: 'Texts',
      });
      await onCase('A', {
        type: 'AddAgencyAction',
        caseId: 'A',
        actionId: 'a1',
        agency: 'housing',
        description: 'Locks',
        dueDate: '2025-05-01',
      });
      await hear('A', 'cm2', '2025-04-20');
      // B: a repeat referral heard in Q1. C: referred late in Q4, heard in Q1. D: heard in Q4, with an action.
      await onCase('B', refer('B', '2025-03-10', { isRepeat: true, previousCaseId: 'earlier' }));
      await hear('B', 'cm2', '2025-04-20');
      await onCase('C', refer('C', '2025-03-28'));
      await hear('C', 'cm2', '2025-04-20');
      await onCase('D', refer('D', '2025-03-01'));
      await hear('D', 'cm1', '2025-03-20');
      await onCase('D', {
        type: 'AddAgencyAction',
        caseId: 'D',
        actionId: 'a1',
        agency: 'health',
        description: 'GP',
        dueDate: '2025-04-01',
      });

      for (const projection of maracProjections) await runProjectionLive(platform, projection);
      expect(await figures()).toEqual({ heardQ4: [2, 0], heardQ1: [3, 2], referredQ4: 4, referredQ1: 0 });

      await voidRecord('B', 'hearing', 'cm2'); // B was not heard at cm2 after all
      await amend('C', { recordKind: 'referral', recordId: 'C', changes: { referralDate: '2025-04-02', referringAgency: 'health' } }); // the wrong date typed
      await voidRecord('D', 'referral', 'D'); // D was never a MARAC referral
      await voidRecord('A', 'incident', 'i1'); // the incident was another victim's
      await amend('A', { recordKind: 'agency-action', recordId: 'a1', changes: { dueDate: '2025-05-15' } });
      await amend('A', { recordKind: 'agency-action', recordId: 'a1', changes: { description: 'New locks and a camera' } });
      await amend('A', { recordKind: 'hearing', recordId: 'cm1', changes: { agenciesPresent: ['police'] } });

      for (const projection of maracProjections) await runProjectionLive(platform, projection);
      const after = await figures();
      // Q4: D's hearing gone; Q1: B's hearing gone and A's no longer a repeat; C moved from Q4 to Q1, D gone.
      expect(after).toEqual({ heardQ4: [1, 0], heardQ1: [2, 0], referredQ4: 2, referredQ1: 1 });

      const live = await snapshot();
      const of = (table: string, caseId: string) => (live[table] as Record<string, unknown>[]).filter((row) => row.case_id === caseId);
      expect(of('marac_case_list', 'D')[0]).toMatchObject({ status: 'voided' });
      expect(of('marac_case_list', 'A')[0]).toMatchObject({ is_repeat: false, awaiting_relisting: false });
      expect(of('marac_case_list', 'C')[0]).toMatchObject({ referring_agency: 'health' });
      expect([...of('marac_case_actions', 'D'), ...of('marac_report_actions', 'D'), ...of('marac_agenda_items', 'D')]).toEqual([]);
      expect(of('marac_case_actions', 'A')[0].due_date).toEqual(of('marac_report_actions', 'A')[0].due_date);
      expect(of('marac_agenda_items', 'B')[0]).toMatchObject({ meeting_id: 'cm2', heard_on: null, agencies_present: null });
      expect(of('marac_agenda_items', 'A').map((item) => item.agencies_present)).toEqual([['police'], ['police', 'idva']]);
      expect(of('marac_retention_cases', 'D')[0]).toMatchObject({ status: 'closed' });

      await rebuildProjections(platform.dataSource, platform.store, platform.codec, maracProjections);
      expect(await snapshot()).toEqual(live);
      expect(await figures()).toEqual(after);
      // Pages that split a case's events (a correction and the record it corrects in different batches).
      await rebuildProjections(platform.dataSource, platform.store, platform.codec, maracProjections, { background: true, batchSize: 4 });
      expect(await snapshot()).toEqual(live);
    });
    it('counts no overdue action of a case closed on asOf in agency engagement, the same live and rebuilt', async () => {
      const MARAC = 'marac-eng';
      await registerMarac(MARAC);
      await onMeeting('em1', { type: 'ScheduleMeeting', meetingId: 'em1', maracId: MARAC, partnershipId: PARTNERSHIP, date: '2025-04-02' });
      // One case per agency, each with one action due 2025-04-10 that is never completed.
      const agencyOf = { open: 'health', closed: 'housing', reopened: 'police', closedTwice: 'idva', voided: 'probation' } as const;
      for (const [caseId, agency] of Object.entries(agencyOf)) {
        await onCase(caseId, refer(caseId, '2025-04-01', { maracId: MARAC }));
        await onCase(caseId, { type: 'ListCaseForMeeting', caseId, meetingId: 'em1', meetingDate: '2025-04-02' });
        await onCase(caseId, { type: 'RecordCaseHeard', caseId, meetingId: 'em1', heardOn: '2025-04-02', agenciesPresent: ['police'] });
        await onCase(caseId, { type: 'AddAgencyAction', caseId, actionId: 'a1', agency, description: 'Do it', dueDate: '2025-04-10' });
      }
      const close = (caseId: string, closedOn: string) => onCase(caseId, { type: 'CloseCase', caseId, closedOn, reason: 'risk-reduced' });
      const reopen = (caseId: string, reportedOn: string) =>
        onCase(caseId, {
          type: 'ReportFurtherIncident',
          caseId,
          incidentId: `i-${reportedOn}`,
          date: reportedOn,
          reportedOn,
          reportingAgency: 'idva',
          description: 'Contact',
        });
      const projectAll = async () => {
        for (const projection of maracProjections) await runProjectionLive(platform, projection);
      };
      await close('closed', '2025-04-20');
      await close('reopened', '2025-04-12');
      await close('closedTwice', '2025-04-12');
      await close('voided', '2025-04-12');
      await projectAll(); // the reopenings below reach the read model in later batches than the closures
      await reopen('reopened', '2025-04-25');
      await reopen('closedTwice', '2025-04-25');
      await close('closedTwice', '2025-05-10');
      await voidRecord('voided', 'referral', 'voided');
      await projectAll();

      const reports = reportsReader();
      const overdue = async (asOf: string) => {
        const report = await reports.agencyEngagement(coordinator, MARAC, rangeOfQuarter('2025-26', 1), asOf);
        return Object.fromEntries(
          Object.entries(agencyOf).map(([caseId, agency]) => [
            caseId,
            report.agencies.find((row) => row.agency === agency)!.actionsOverdue,
          ]),
        );
      };
      const expected = {
        // Due 2025-04-10: on time on the 10th; every case open on the 11th.
        '2025-04-10': { open: 0, closed: 0, reopened: 0, closedTwice: 0, voided: 0 },
        '2025-04-11': { open: 1, closed: 1, reopened: 1, closedTwice: 1, voided: 0 },
        // Closed on the 12th (the day counts as closed), open again from the 25th, closed again on 10 May.
        '2025-04-12': { open: 1, closed: 1, reopened: 0, closedTwice: 0, voided: 0 },
        '2025-04-20': { open: 1, closed: 0, reopened: 0, closedTwice: 0, voided: 0 },
        '2025-04-25': { open: 1, closed: 0, reopened: 1, closedTwice: 1, voided: 0 },
        '2025-05-10': { open: 1, closed: 0, reopened: 1, closedTwice: 0, voided: 0 },
      };
      const all = async () => Object.fromEntries(await Promise.all(Object.keys(expected).map(async (asOf) => [asOf, await overdue(asOf)])));
      expect(await all()).toEqual(expected);
      const live = await snapshot();
      expect((live.marac_report_case_closures as { case_id: string }[]).filter((row) => row.case_id === 'voided')).toEqual([]);

      await rebuildProjections(platform.dataSource, platform.store, platform.codec, maracProjections);
      expect(await snapshot()).toEqual(live);
      expect(await all()).toEqual(expected);
    });
  });

  it('follows a reclassified referral (the case, its hearings, the repeat rate) the same live and rebuilt', async () => {
    const refer = (caseId: string, isRepeat: boolean, previousCaseId: string | null): WithoutToday<ReferCase> => ({
      type: 'ReferCase',
      caseId,
      maracId: 'marac-int',
      partnershipId: 'csp-int',
      referralDate: '2025-07-01',
      referringAgency: 'idva',
      criterion: 'professional-judgement',
      victim: {
        personId: 'p-raced',
        details: { fullName: 'Int Victim Raced' },
        profile: { sex: 'female', ageAtReferral: 40, ethnicity: 'not-known', disabled: null, lgbtPlus: null, childrenInHousehold: 0 },
      },
      perpetrators: [{ personId: `perp-${caseId}`, relationship: 'partner', details: { fullName: 'Int Perpetrator' } }],
      isRepeat,
      previousCaseId,
    });
    await onMeeting('m4', { type: 'ScheduleMeeting', meetingId: 'm4', maracId: 'marac-int', partnershipId: 'csp-int', date: '2025-07-10' });
    for (const caseId of ['r1', 'r2']) {
      await onCase(caseId, refer(caseId, false, null));
      await onCase(caseId, { type: 'ListCaseForMeeting', caseId, meetingId: 'm4', meetingDate: '2025-07-10' });
      await onCase(caseId, { type: 'RecordCaseHeard', caseId, meetingId: 'm4', heardOn: '2025-07-10', agenciesPresent: ['police'] });
    }
    for (const projection of maracProjections) await runProjectionLive(platform, projection); // r2 reaches the read models before its reclassification
    await onCase('r2', { type: 'ReclassifyCaseRepeat', caseId: 'r2', repeat: true, previousCaseId: 'r1', reason: 'referrals-raced' });
    // r3: referred as a repeat and reclassified as new in the same batch.
    await onCase('r3', refer('r3', true, 'r1'));
    await onCase('r3', { type: 'ReclassifyCaseRepeat', caseId: 'r3', repeat: false, previousCaseId: null, reason: 'referrals-raced' });

    for (const projection of maracProjections) await runProjectionLive(platform, projection);
    const live = await snapshot();
    const byId = (rows: unknown[], id: string) =>
      (rows as { case_id: string }[]).find((row) => row.case_id === id) as Record<string, unknown>;
    expect(byId(live.marac_case_list, 'r1')).toMatchObject({ is_repeat: false, previous_case_id: null });
    expect(byId(live.marac_case_list, 'r2')).toMatchObject({ is_repeat: true, previous_case_id: 'r1' });
    expect(byId(live.marac_case_list, 'r3')).toMatchObject({ is_repeat: false, previous_case_id: null });
    expect(['r1', 'r2', 'r3'].map((id) => byId(live.marac_report_cases, id).repeat_referral)).toEqual([false, true, false]);
    expect(
      (live.marac_report_hearings as { case_id: string; meeting_id: string; as_repeat: boolean }[])
        .filter((h) => h.meeting_id === 'm4')
        .map((h) => [h.case_id, h.as_repeat]),
    ).toEqual([
      ['r1', false],
      ['r2', true],
    ]);

    for (const projection of maracProjections) await rebuildProjection(platform.dataSource, platform.store, platform.codec, projection);
    expect(await snapshot()).toEqual(live);
  });
});
