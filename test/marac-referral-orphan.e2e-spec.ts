import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer } from '@app/access';
import { EVENT_STORE, streamName, type EventStore } from '@app/event-store';
import { DeadLetters, ProcessManagersService } from '@app/kit';
import { MARAC_CASE_STREAM_CATEGORY, MARAC_VICTIM_STREAM_CATEGORY, VICTIM_HISTORY_PROCESS_MANAGER } from '@app/marac';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing';
import { waitFor } from './support/task-ledger.js';
import { registerTestMarac } from './support/marac-registration.js';
import { boundedContexts } from '@app/contexts';
import { registerTestPerson } from './support/people.js';

/**
 * Issue 10, point 5: a referral leaves no orphan. The request writes the case's stream only; the victim's
 * history follows through the `marac_victim_history` process manager. Failures are injected in the real
 * database (a trigger on es_events that refuses the inserts of one stream category while a row of
 * `test_append_faults` names it), and the repeat rate (repeat cases heard / cases heard) is read over HTTP.
 */
const PARTNERSHIP = 'csp-orphan';
const MARAC = 'marac-orphan';

describe('MARAC: a referral leaves no orphan', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let auth: Record<string, string>;
  let store: EventStore;
  let database: DataSource;

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts);
    server = harness.app.getHttpServer();
    await registerTestMarac(harness.app, MARAC, PARTNERSHIP);
    store = harness.app.get(EVENT_STORE);
    database = harness.app.get(DataSource);
    auth = {
      Authorization: await bearer(harness.app, { id: 'orphan-e2e', roles: ['coordinator', 'analyst'], partnerships: [PARTNERSHIP] }),
    };
    await database.query(`
      CREATE TABLE test_append_faults (category text PRIMARY KEY);
      CREATE FUNCTION test_append_fault() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM test_append_faults WHERE category = NEW.category) THEN RAISE EXCEPTION 'injected failure appending to %', NEW.category; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER test_append_fault BEFORE INSERT ON es_events FOR EACH ROW EXECUTE FUNCTION test_append_fault();`);
  });
  afterAll(async () => {
    await harness?.close();
  });

  const refuseAppendsTo = (category: string) => database.query('INSERT INTO test_append_faults (category) VALUES ($1)', [category]);
  const lift = () => database.query('DELETE FROM test_append_faults');

  const perpetratorOf = new Map<string, string>();
  /** A victim and the one perpetrator every referral of theirs names, as person records. */
  const newVictim = async (): Promise<string> => {
    const victim = await registerTestPerson(harness.app, PARTNERSHIP, 'Test Victim');
    perpetratorOf.set(victim, await registerTestPerson(harness.app, PARTNERSHIP, 'Test Perpetrator'));
    return victim;
  };
  const referral = (personId: string, referralDate: string) => ({
    partnershipId: PARTNERSHIP,
    maracId: MARAC,
    referralDate,
    referringAgency: 'idva',
    criterion: 'professional-judgement',
    victim: {
      personId,
      details: { fullName: 'Test Victim' },
      profile: {
        sex: 'female',
        ageAtReferral: 30,
        ethnicity: 'not-racially-minoritised',
        disabled: false,
        lgbtPlus: false,
        childrenInHousehold: 0,
      },
    },
    // The victim's one perpetrator at every referral, so a referral within 12 months is a repeat.
    perpetrators: [{ personId: perpetratorOf.get(personId)!, relationship: 'ex-partner', details: { fullName: 'Test Perpetrator' } }],
  });
  /** A referral as a client sends it, without an Idempotency-Key. */
  const refer = (personId: string, referralDate: string) =>
    request(server).post('/marac/referrals').set(auth).send(referral(personId, referralDate));

  const managers = () => harness.app.get(ProcessManagersService);
  /** The process manager has reacted to everything in the log, and the read models have caught up. */
  const settled = async () => {
    await waitFor(async () => (await managers().health()).every((manager) => manager.lag === 0));
    await harness.app.get(ProjectionsService).waitUntilCaughtUp();
  };
  const parked = async () => (await managers().health()).find((manager) => manager.name === VICTIM_HISTORY_PROCESS_MANAGER)?.parked ?? 0;

  /** The victim's history as stored: the case of each referral it registered, in order. */
  const registered = async (personId: string) =>
    (await store.readStream(streamName(MARAC_VICTIM_STREAM_CATEGORY, personId)))
      .filter((event) => event.type === 'VictimReferred')
      .map((event) => (event.data as { caseId: string }).caseId);
  const casesOf = async (personId: string) =>
    (await request(server).get(`/maracs/${MARAC}/cases?pageSize=100`).set(auth).expect(200)).body.items.filter(
      (item: { victimPersonId?: string; caseId: string }) => item.victimPersonId === personId,
    ) as { caseId: string; isRepeat: boolean }[];

  /** Lists and hears a case at a meeting of its own on `date`. */
  const hear = async (caseId: string, date: string) => {
    const meeting = await request(server)
      .post('/marac/meetings')
      .set(auth)
      .send({ partnershipId: PARTNERSHIP, maracId: MARAC, date })
      .expect(201);
    await request(server).post(`/marac/meetings/${meeting.body.meetingId}/agenda`).set(auth).send({ caseId }).expect(200);
    await request(server)
      .post(`/marac/cases/${caseId}/hearings`)
      .set(auth)
      .send({ meetingId: meeting.body.meetingId, heardOn: date, agenciesPresent: ['police'] })
      .expect(200);
  };
  const repeatRate = async (from: string, to: string) => {
    await settled();
    const { cases, repeatCases } = (await request(server).get(`/maracs/${MARAC}/repeat-rate?from=${from}&to=${to}`).set(auth).expect(200))
      .body;
    return { cases, repeatCases };
  };

  it('a failure at the second write (the victim history): one case, not a repeat; once lifted, the next referral is a true repeat of it, registered once each', async () => {
    const victim = await newVictim();
    await refuseAppendsTo(MARAC_VICTIM_STREAM_CATEGORY);
    const first = await refer(victim, '2025-01-10').expect(201);
    expect(first.body).toMatchObject({ personId: victim, isRepeat: false, previousCaseId: null });
    // The case was the request's one write: the client got 201, so it has nothing to retry, and the
    // history has counted nothing. The process manager's registration kept failing and is parked.
    await waitFor(async () => (await parked()) === 1);
    expect(await registered(victim)).toEqual([]);
    await hear(first.body.caseId, '2025-01-20');
    expect(await repeatRate('2025-01-01', '2025-12-31')).toEqual({ cases: 1, repeatCases: 0 });

    await lift();
    const [letter] = (await harness.app.get(DeadLetters).list()).filter((entry) => entry.processManager === VICTIM_HISTORY_PROCESS_MANAGER);
    expect(letter).toMatchObject({ outcome: 'parked', eventType: 'CaseReferred' });
    await harness.app.get(DeadLetters).replay(letter.commandId);
    expect(await registered(victim)).toEqual([first.body.caseId]);

    const next = await refer(victim, '2025-06-01').expect(201);
    expect(next.body).toMatchObject({ isRepeat: true, previousCaseId: first.body.caseId });
    await hear(next.body.caseId, '2025-06-11');
    expect(await repeatRate('2025-01-01', '2025-12-31')).toEqual({ cases: 2, repeatCases: 1 });
    expect(await registered(victim)).toEqual([first.body.caseId, next.body.caseId]);
    expect((await casesOf(victim)).map((c) => [c.caseId, c.isRepeat]).sort()).toEqual(
      [
        [first.body.caseId, false],
        [next.body.caseId, true],
      ].sort(),
    );
    // Replaying the parked reaction again, or the process manager reading the log again, registers nothing twice.
    await harness.app.get(DeadLetters).replay(letter.commandId);
    expect(await registered(victim)).toEqual([first.body.caseId, next.body.caseId]);
    expect(await parked()).toBe(0);
  });

  it('a failure at the request’s own write (the case append refused): the retry leaves one case and one registration', async () => {
    const victim = await newVictim();
    await refuseAppendsTo(MARAC_CASE_STREAM_CATEGORY);
    const failed = await refer(victim, '2025-02-01');
    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect(failed.body.detail ?? '').not.toMatch(/Test Victim/);
    await lift();
    expect(await registered(victim)).toEqual([]);

    const retried = await refer(victim, '2025-02-01').expect(201);
    expect(retried.body).toMatchObject({ isRepeat: false, previousCaseId: null });
    await settled();
    expect(await registered(victim)).toEqual([retried.body.caseId]);
    expect((await casesOf(victim)).map((c) => c.caseId)).toEqual([retried.body.caseId]);
    const later = await refer(victim, '2025-03-01').expect(201);
    expect(later.body).toMatchObject({ isRepeat: true, previousCaseId: retried.body.caseId });
  });

  it('two referrals of one victim that race are decided one after the other: exactly one repeat, through the reclassification', async () => {
    const victim = await newVictim();
    // While the victim's history cannot be written, both referrals are decided on the same (empty) history,
    // as two that race are; the process manager registers them once the fault is lifted, before it parks.
    await refuseAppendsTo(MARAC_VICTIM_STREAM_CATEGORY);
    const answers = await Promise.all([refer(victim, '2025-04-01').expect(201), refer(victim, '2025-04-01').expect(201)]);
    await lift();
    expect(answers.map((answer) => answer.body.isRepeat)).toEqual([false, false]);
    await settled();

    const [a, b] = answers.map((answer) => answer.body.caseId as string);
    const [earlier, later] = (await registered(victim)) as [string, string];
    expect([earlier, later].sort()).toEqual([a, b].sort());
    const shown = async (caseId: string) => (await request(server).get(`/marac/cases/${caseId}`).set(auth).expect(200)).body;
    expect(await shown(earlier)).toMatchObject({ isRepeat: false, previousCaseId: null });
    expect(await shown(later)).toMatchObject({ isRepeat: true, previousCaseId: earlier });
    const reclassified = (await store.readStream(streamName(MARAC_CASE_STREAM_CATEGORY, later))).filter(
      (event) => event.type === 'CaseRepeatReclassified',
    );
    expect(reclassified.map((event) => event.data)).toEqual([
      expect.objectContaining({ repeat: true, previousCaseId: earlier, reason: 'referrals-raced' }),
    ]);
    expect((await casesOf(victim)).filter((c) => c.isRepeat).map((c) => c.caseId)).toEqual([later]);

    await hear(a, '2025-04-10');
    await hear(b, '2025-04-10');
    expect(await repeatRate('2025-04-01', '2025-04-30')).toEqual({ cases: 2, repeatCases: 1 });
  });
});
