import { CommandExecutor, streamName, type CommandContext } from '@app/event-store';
import { ProjectionRunner, rebuildProjection, rebuildProjections, type Projection } from '@app/projections';
import { openTestPlatform, type TestPlatform } from '@app/testing';
import {
  maracCaseDecider,
  maracEventTypes,
  maracMeetingDecider,
  type MaracCaseCommand,
  type MaracMeetingCommand,
  type ReferCase,
} from '../domain/index.js';
import { maracMigrations, maracProjections } from '../marac.context.js';

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
  marac_retention_cases: 'case_id',
  marac_case_subjects: 'case_id, subject_id',
};

describe('MARAC read models', () => {
  let platform: TestPlatform;
  let executor: CommandExecutor;
  let n = 0;

  const context = (): CommandContext => ({
    commandId: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    correlationId: 'c',
    causationId: 'c',
    actor: 'int-test',
    occurredAt: '2025-01-01T00:00:00Z',
    partnershipId: 'csp-int',
  });
  const onCase = (caseId: string, command: MaracCaseCommand) =>
    executor.handle(streamName('marac_case', caseId), maracCaseDecider, (s) => maracCaseDecider.decide(command, s), { context: context() });
  const onMeeting = (meetingId: string, command: MaracMeetingCommand) =>
    executor.handle(streamName('marac_meeting', meetingId), maracMeetingDecider, (s) => maracMeetingDecider.decide(command, s), { context: context() });

  const snapshot = async () => {
    const result: Record<string, unknown[]> = {};
    for (const [table, key] of Object.entries(TABLES)) result[table] = await platform.dataSource.query(`SELECT * FROM ${table} ORDER BY ${key}`);
    return result;
  };

  const runLive = async (projection: Projection) => {
    const runner = new ProjectionRunner(platform.dataSource, platform.store, platform.codec, projection, { batchSize: 3, flushAfterMs: 5 });
    runner.start();
    const deadline = Date.now() + 20_000;
    while (!runner.status().caughtUp && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await runner.stop();
    expect(runner.status().lastError).toBeUndefined();
  };

  beforeAll(async () => {
    platform = await openTestPlatform({ migrations: maracMigrations, eventTypes: maracEventTypes });
    executor = new CommandExecutor(platform.store, platform.codec);
  });
  afterAll(async () => {
    await platform?.dispose();
  });

  it('gives the same rows from a live run in small batches and from a rebuild', async () => {
    const refer = (caseId: string, personId: string, referralDate: string, extra: Partial<ReferCase> = {}): ReferCase => ({
      type: 'ReferCase',
      caseId,
      maracId: 'marac-int',
      partnershipId: 'csp-int',
      referralDate,
      referringAgency: 'police',
      criterion: 'professional-judgement',
      victim: { personId, details: { fullName: `Int Victim ${personId}` }, profile: { sex: 'female', ageAtReferral: 30, ethnicity: 'not-known', disabled: null, lgbtPlus: null, childrenInHousehold: 1 } },
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
    for (const [caseId, date] of [['c1', '2025-01-10'], ['c2', '2025-01-12'], ['c3', '2025-01-20']] as const) {
      await onCase(caseId, refer(caseId, `p-${caseId}`, date));
      await onCase(caseId, { type: 'RecordDashAssessment', caseId, assessedOn: '2025-01-25', answers: [...Array(15).fill('yes'), ...Array(9).fill('no')] });
      await onCase(caseId, { type: 'RecordDashAssessment', caseId, assessedOn: '2025-01-22', answers: Array(24).fill('no') }); // older: does not replace
      await onCase(caseId, { type: 'ListCaseForMeeting', caseId, meetingId: 'm1', meetingDate: '2025-02-01' });
      await onCase(caseId, { type: 'RecordCaseHeard', caseId, meetingId: 'm1', heardOn: '2025-02-01', agenciesPresent: ['police', 'idva'] });
      await onCase(caseId, { type: 'AddAgencyAction', caseId, actionId: 'a1', meetingId: 'm1', agency: 'housing', description: 'Locks', dueDate: '2025-03-01' });
      await onCase(caseId, { type: 'AddAgencyAction', caseId, actionId: 'a2', meetingId: null, agency: 'health', description: 'GP', dueDate: '2025-03-10' });
    }
    await onCase('c1', { type: 'CompleteAgencyAction', caseId: 'c1', actionId: 'a1', completedOn: '2025-02-20' });
    await onCase('c2', { type: 'ReportFurtherIncident', caseId: 'c2', incidentId: 'i1', date: '2025-04-01', reportedOn: '2025-04-02', reportingAgency: 'police', description: 'Threats' });
    await onCase('c2', { type: 'ListCaseForMeeting', caseId: 'c2', meetingId: 'm2', meetingDate: '2025-05-01' });
    await onCase('c2', { type: 'RecordCaseHeard', caseId: 'c2', meetingId: 'm2', heardOn: '2025-05-01', agenciesPresent: ['police'] });
    await onCase('c3', { type: 'CloseCase', caseId: 'c3', closedOn: '2025-03-15', reason: 'risk-reduced' });
    await onCase('c3', { type: 'ReportFurtherIncident', caseId: 'c3', incidentId: 'i1', date: '2025-04-05', reportedOn: '2025-04-05', reportingAgency: 'idva', description: 'Contact' });
    await onCase('c1', { type: 'CloseCase', caseId: 'c1', closedOn: '2025-06-01', reason: 'actions-completed' });

    for (const projection of maracProjections) await runLive(projection);
    const live = await snapshot();

    const byId = (rows: unknown[], id: string) => (rows as { case_id: string }[]).find((row) => row.case_id === id) as Record<string, unknown>;
    expect(byId(live.marac_case_list, 'c1')).toMatchObject({ status: 'closed', risk_band: 'high', dash_score: 15, is_repeat: false, victim_name: 'Int Victim p-c1' });
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
    expect((live.marac_retention_cases as { case_id: string; status: string; closed_on: unknown }[]).map((c) => [c.case_id, c.status, c.closed_on !== null])).toEqual([
      ['c1', 'closed', true],
      ['c2', 'open', false],
      ['c3', 'open', false],
    ]);
    expect((live.marac_case_subjects as { case_id: string; subject_id: string; role: string }[]).filter((s) => s.case_id === 'c1').map((s) => [s.subject_id, s.role])).toEqual([
      ['p-c1', 'victim'],
      ['perp-p-c1', 'perpetrator'],
    ]);

    for (const projection of maracProjections) await rebuildProjection(platform.dataSource, platform.store, platform.codec, projection);
    expect(await snapshot()).toEqual(live);

    // All together in the background (one connection at a time, no read-ahead), over many small pages.
    await rebuildProjections(platform.dataSource, platform.store, platform.codec, maracProjections, { background: true, batchSize: 7 });
    expect(await snapshot()).toEqual(live);
  });

  it('follows a reclassified referral (the case, its hearings, the repeat rate) the same live and rebuilt', async () => {
    const refer = (caseId: string, isRepeat: boolean, previousCaseId: string | null): ReferCase => ({
      type: 'ReferCase',
      caseId,
      maracId: 'marac-int',
      partnershipId: 'csp-int',
      referralDate: '2025-07-01',
      referringAgency: 'idva',
      criterion: 'professional-judgement',
      victim: { personId: 'p-raced', details: { fullName: 'Int Victim Raced' }, profile: { sex: 'female', ageAtReferral: 40, ethnicity: 'not-known', disabled: null, lgbtPlus: null, childrenInHousehold: 0 } },
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
    for (const projection of maracProjections) await runLive(projection); // r2 reaches the read models before its reclassification
    await onCase('r2', { type: 'ReclassifyCaseRepeat', caseId: 'r2', repeat: true, previousCaseId: 'r1', reason: 'referrals-raced' });
    // r3: referred as a repeat and reclassified as new in the same batch.
    await onCase('r3', refer('r3', true, 'r1'));
    await onCase('r3', { type: 'ReclassifyCaseRepeat', caseId: 'r3', repeat: false, previousCaseId: null, reason: 'referrals-raced' });

    for (const projection of maracProjections) await runLive(projection);
    const live = await snapshot();
    const byId = (rows: unknown[], id: string) => (rows as { case_id: string }[]).find((row) => row.case_id === id) as Record<string, unknown>;
    expect(byId(live.marac_case_list, 'r1')).toMatchObject({ is_repeat: false, previous_case_id: null });
    expect(byId(live.marac_case_list, 'r2')).toMatchObject({ is_repeat: true, previous_case_id: 'r1' });
    expect(byId(live.marac_case_list, 'r3')).toMatchObject({ is_repeat: false, previous_case_id: null });
    expect(['r1', 'r2', 'r3'].map((id) => byId(live.marac_report_cases, id).repeat_referral)).toEqual([false, true, false]);
    expect((live.marac_report_hearings as { case_id: string; meeting_id: string; as_repeat: boolean }[]).filter((h) => h.meeting_id === 'm4').map((h) => [h.case_id, h.as_repeat])).toEqual([
      ['r1', false],
      ['r2', true],
    ]);

    for (const projection of maracProjections) await rebuildProjection(platform.dataSource, platform.store, platform.codec, projection);
    expect(await snapshot()).toEqual(live);
  });
});
