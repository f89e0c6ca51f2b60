import pg from 'pg';
import request from 'supertest';
import { bearer, RetentionService, type Role } from '@app/access';
import { EVENT_STORE, EventCodec } from '@app/event-store';
import { ProjectionsService, rebuildProjection } from '@app/projections';
import { startTestApp, type TestApp, dateYearsAgo } from '@app/testing';
import { DataSource } from 'typeorm';
import { registerTestMarac } from './support/marac-registration.js';
import { dashAnswers, referralBody } from './support/referral-body.js';
import { waitFor } from './support/task-ledger.js';
import { boundedContexts } from '@app/contexts';
import { registerTestPerson } from './support/people.js';

/**
 * Issue 4's erasure test with MARAC, over HTTP: referrals, a hearing, actions, a further incident and a
 * closure for a victim; then the admin erases the victim. No table of the database, no API response
 * and no raw event row holds the victim's name afterwards, the case record answers with null personal
 * details, and the repeat-rate and SafeLives figures for the period are unchanged. Then retention: the
 * people of a case closed seven years ago are erased by the sweep (audited as system:retention); those
 * of a case closed two years ago, or re-referred since, are kept. Last, issue 12: erasure does not depend on
 * projections: with the case list stuck, an erasure still leaves no name in any table or response.
 */
const PARTNERSHIP = 'csp-erasure';
const MARAC = 'marac-erasure';
let VICTIM = '';
let PERPETRATOR = '';
let OTHER_VICTIM = '';
let OTHER_PERPETRATOR = '';
// Unusual enough that no other row could contain it by chance; the surname is searched on its own too.
const NAME = 'Quillonette Ashgrovemere';
const SURNAME = 'Ashgrovemere';

const answers = (yes: number) => [...Array(yes).fill('yes'), ...Array(24 - yes).fill('no')];

function referral(personId: string, fullName: string, perpetratorId: string, referralDate: string, extra: Record<string, unknown> = {}) {
  return {
    partnershipId: PARTNERSHIP,
    maracId: MARAC,
    referralDate,
    referringAgency: 'police',
    criterion: 'visible-high-risk',
    victim: {
      personId,
      details: { fullName, dateOfBirth: '1990-02-03', address: `12 ${SURNAME} Close`, phone: '07700 900456', email: 'quill@example.org' },
      profile: { sex: 'female', ethnicity: 'black-asian-racially-minoritised', disabled: false, lgbtPlus: true, childrenInHousehold: 2 },
    },
    perpetrators: [
      { personId: perpetratorId, relationship: 'ex-partner', details: { fullName: `Perp of ${fullName}`, address: '1 Elsewhere Road' } },
    ],
    dash: { answers: answers(16) },
    ...extra,
  };
}

describe('erasure and retention of MARAC personal data', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let db: pg.Client;
  const ids: Record<string, string> = {};

  const caughtUp = () => harness.app.get(ProjectionsService).waitUntilCaughtUp();
  const auth = (roles: Role[], id = `erasure-${roles.join('+')}`) => bearer(harness.app, { id, roles, partnerships: [PARTNERSHIP] });
  const get = async (path: string, roles: Role[] = ['coordinator']) =>
    request(server)
      .get(path)
      .set('Authorization', await auth(roles))
      .expect(200);
  const post = async (path: string, body: object, status: number) =>
    (
      await request(server)
        .post(path)
        .set('Authorization', await auth(['coordinator']))
        .send(body)
        .expect(status)
    ).body;

  /** Every row of every table in the public schema (read models, checkpoints, keys, audit, events), as text. */
  async function everyTableAsText(): Promise<Map<string, string>> {
    const { rows: tables } = await db.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const out = new Map<string, string>();
    for (const { name } of tables) {
      const { rows } = await db.query<{ row: string }>(`SELECT t::text AS row FROM public."${name}" t`);
      out.set(name, rows.map((r) => r.row).join('\n'));
    }
    return out;
  }
  const tablesMentioning = async (text: string) =>
    [...(await everyTableAsText()).entries()].filter(([, rows]) => rows.toLowerCase().includes(text.toLowerCase())).map(([name]) => name);
  const search = async (name: string) =>
    (
      await request(server)
        .post('/people/search')
        .set('Authorization', await auth(['coordinator']))
        .send({ name })
        .expect(200)
    ).body.people;
  const rawEvents = async () =>
    (await db.query<{ data: string; metadata: string }>('SELECT data::text AS data, metadata::text AS metadata FROM es_events')).rows
      .map((r) => `${r.data}\n${r.metadata}`)
      .join('\n');

  beforeAll(async () => {
    // RETENTION_YEARS_AFTER_CLOSURE is left at the shipped default, 6.
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0' });
    server = harness.app.getHttpServer();
    db = new pg.Client({ connectionString: harness.database.url });
    await db.connect();
    // The people, as coordinators record them before referring (the victim's identity lives in her person record).
    VICTIM = await registerTestPerson(harness.app, PARTNERSHIP, NAME, {
      dateOfBirth: '1990-02-03',
      addresses: [{ address: `12 ${SURNAME} Close`, postcode: 'ZZ9 9QA' }],
      phones: ['07700 900456'],
      emails: ['quill@example.org'],
    });
    PERPETRATOR = await registerTestPerson(harness.app, PARTNERSHIP, `Perp of ${NAME}`);
    OTHER_VICTIM = await registerTestPerson(harness.app, PARTNERSHIP, 'Keepme Otherperson');
    OTHER_PERPETRATOR = await registerTestPerson(harness.app, PARTNERSHIP, 'Perp of Keepme Otherperson');
  });
  afterAll(async () => {
    await db?.end();
    await harness?.close();
  });

  describe('erasure of a victim on request', () => {
    const figures = async () => ({
      rate: (await get(`/maracs/${MARAC}/repeat-rate?from=2024-04-01&to=2025-06-30`)).body,
      quarters: (await get(`/maracs/${MARAC}/repeat-rate/quarters?financialYear=2024-25`)).body,
      safeLives: (await get(`/maracs/${MARAC}/safelives?financialYear=2024-25`)).body,
      safeLivesQ4: (await get(`/maracs/${MARAC}/safelives?quarter=2024-25-Q4`)).body,
      safeLivesCsv: (await get(`/maracs/${MARAC}/safelives?financialYear=2024-25&format=csv`)).text,
      analystRate: (await get(`/maracs/${MARAC}/repeat-rate?financialYear=2024-25`, ['analyst'])).body,
      analystCases: (await get(`/maracs/${MARAC}/cases/depersonalised?financialYear=2024-25`, ['analyst'])).body,
      engagement: (await get(`/maracs/${MARAC}/agency-engagement?from=2024-04-01&to=2025-06-30&asOf=2025-07-01`)).body,
    });
    const apiResponses = async () => [
      JSON.stringify((await get(`/marac/cases/${ids.a}?asOf=2025-07-01`)).body),
      JSON.stringify((await get(`/marac/cases/${ids.b}?asOf=2025-07-01`)).body),
      JSON.stringify((await get(`/maracs/${MARAC}/cases?status=all&pageSize=200`)).body),
      JSON.stringify((await get(`/marac/meetings/${ids.m1}/agenda?asOf=2024-04-20`)).body),
      JSON.stringify((await get(`/marac/meetings/${ids.m2}/agenda?asOf=2025-03-12`)).body),
    ];
    let before: Awaited<ReturnType<typeof figures>>;

    beforeAll(async () => {
      const admin = await auth(['admin']);
      await request(server)
        .post('/maracs')
        .set('Authorization', admin)
        .send({ maracId: MARAC, partnershipId: PARTNERSHIP, name: 'Erasure MARAC' })
        .expect(201);
      await request(server)
        .patch(`/partnerships/${PARTNERSHIP}/settings`)
        .set('Authorization', admin)
        .send({ effectiveFrom: '2024-01-01', adultFemalePopulation: 40000 })
        .expect(200);
      ids.a = (await post('/marac/referrals', referral(VICTIM, NAME, PERPETRATOR, '2024-04-10'), 201)).caseId;
      ids.b = (await post('/marac/referrals', referral(OTHER_VICTIM, 'Keepme Otherperson', OTHER_PERPETRATOR, '2024-04-11'), 201)).caseId;
      ids.m1 = (await post('/marac/meetings', { partnershipId: PARTNERSHIP, maracId: MARAC, date: '2024-04-24' }, 201)).meetingId;
      for (const caseId of [ids.a, ids.b]) {
        await post(`/marac/meetings/${ids.m1}/agenda`, { caseId }, 200);
        await post(
          `/marac/cases/${caseId}/hearings`,
          { meetingId: ids.m1, heardOn: '2024-04-24', agenciesPresent: ['police', 'idva'] },
          200,
        );
      }
      // Free text about the victim naming them, as coordinators do.
      await post(
        `/marac/cases/${ids.a}/actions`,
        { actionId: 'locks', agency: 'housing', description: `Fit locks at ${NAME}'s flat`, dueDate: '2024-05-24' },
        201,
      );
      await post(
        `/marac/cases/${ids.a}/dash-assessments`,
        { assessedOn: '2024-04-26', answers: answers(12), override: { level: 'high', reason: `${NAME} fears for her life` } },
        201,
      );
      await post(
        `/marac/cases/${ids.a}/incidents`,
        { date: '2025-03-10', reportingAgency: 'police', description: `${NAME} reports a breach of bail` },
        201,
      );
      ids.m2 = (await post('/marac/meetings', { partnershipId: PARTNERSHIP, maracId: MARAC, date: '2025-03-20' }, 201)).meetingId;
      await post(`/marac/meetings/${ids.m2}/agenda`, { caseId: ids.a }, 200);
      await post(
        `/marac/cases/${ids.a}/hearings`,
        { meetingId: ids.m2, heardOn: '2025-03-20', agenciesPresent: ['police', 'housing'] },
        200,
      );
      await post(
        `/marac/cases/${ids.a}/close`,
        { closedOn: '2025-06-30', reason: 'actions-completed', note: `${NAME} moved to a refuge` },
        200,
      );
      await caughtUp();
      before = await figures();
    });

    it('holds the name before erasure only where coordinators read it, never in an event row', async () => {
      expect(await tablesMentioning(SURNAME)).toEqual(['marac_case_list']);
      expect(await rawEvents()).not.toContain(SURNAME);
      const record = (await get(`/marac/cases/${ids.a}?asOf=2025-07-01`)).body;
      expect(record).toMatchObject({
        victimName: NAME,
        actions: [expect.objectContaining({ description: `Fit locks at ${NAME}'s flat` })],
        incidents: [expect.objectContaining({ date: '2025-03-10', description: `${NAME} reports a breach of bail` })],
        closureNote: `${NAME} moved to a refuge`,
      });
      expect((await apiResponses()).filter((text) => text.includes(SURNAME))).toHaveLength(4); // both agendas, the list, case A
      // Found by a search with a slip in her name, through the blind index (which holds no name).
      // (Her perpetrator, recorded as "Perp of" her name, comes second.)
      expect((await search('Quillonette Ashgrovmere')).map((p: { personId: string }) => p.personId)[0]).toBe(VICTIM);
      expect(
        (await db.query('SELECT count(*)::int AS c FROM people_search_tokens WHERE person_id = $1', [VICTIM])).rows[0].c,
      ).toBeGreaterThan(10);
      expect(before.rate).toMatchObject({ cases: 3, repeatCases: 1 });
    });

    it('leaves no trace of the name in any table, API response or event row, and the figures unchanged', async () => {
      const erased = await request(server)
        .post('/admin/erasure')
        .set('Authorization', await auth(['admin'], 'erasure-admin'))
        .send({ subjectId: VICTIM, reason: 'Right to erasure request RTE-0042' })
        .expect(200);
      expect(erased.body).toMatchObject({ subjectId: VICTIM, alreadyErased: false });
      await caughtUp();

      expect(await tablesMentioning(SURNAME)).toEqual([]);
      expect(await tablesMentioning('Quillonette')).toEqual([]);
      // The search index keeps no row of hers, and a search no longer finds her.
      expect((await db.query('SELECT count(*)::int AS c FROM people_search_tokens WHERE person_id = $1', [VICTIM])).rows[0].c).toBe(0);
      expect((await search(NAME)).map((p: { personId: string }) => p.personId)).not.toContain(VICTIM);
      expect(JSON.stringify((await get(`/people/${VICTIM}`)).body)).not.toMatch(new RegExp(`${SURNAME}|Quillonette`, 'i'));
      expect(await tablesMentioning('07700 900456')).toEqual([]);
      expect(await rawEvents()).not.toMatch(new RegExp(`${SURNAME}|Quillonette|900456|quill@example`, 'i'));
      for (const text of await apiResponses()) expect(text).not.toMatch(new RegExp(`${SURNAME}|Quillonette`, 'i'));

      // The case record answers, with its non-personal facts and null personal details.
      const record = (await get(`/marac/cases/${ids.a}?asOf=2025-07-01`)).body;
      expect(record).toMatchObject({
        caseId: ids.a,
        victimPersonId: VICTIM,
        victimName: null,
        status: 'closed',
        isRepeat: true,
        riskBand: 'high',
        referringAgency: 'police',
        actions: [expect.objectContaining({ actionId: 'locks', agency: 'housing', description: null })],
        incidents: [expect.objectContaining({ date: '2025-03-10', reportingAgency: 'police', description: null })],
        closureNote: null,
        hearings: [expect.objectContaining({ heardOn: '2024-04-24' }), expect.objectContaining({ heardOn: '2025-03-20', asRepeat: true })],
      });
      const list = (await get(`/maracs/${MARAC}/cases?status=all`)).body;
      expect(list.items.find((i: { caseId: string }) => i.caseId === ids.a)).toMatchObject({
        victimName: null,
        isRepeat: true,
        status: 'closed',
      });
      // Nobody else's data was touched.
      expect(list.items.find((i: { caseId: string }) => i.caseId === ids.b)).toMatchObject({ victimName: 'Keepme Otherperson' });
      const agenda = (await get(`/marac/meetings/${ids.m1}/agenda?asOf=2024-04-20`)).body;
      expect(agenda.cases.map((c: { victimName: string | null }) => c.victimName).sort()).toEqual(['Keepme Otherperson', null]);

      // Historic counts do not change: repeat rate, quarters, SafeLives (JSON and CSV), analysts' figures.
      expect(await figures()).toEqual(before);

      // Nothing new can be written about the erased person; the refusal names nobody.
      const events = async () => (await db.query('SELECT count(*)::int AS c FROM es_events')).rows[0].c as number;
      const eventsBefore = await events();
      const again = await request(server)
        .post('/marac/referrals')
        .set('Authorization', await auth(['coordinator']))
        .send(referral(VICTIM, NAME, PERPETRATOR, '2025-08-01'))
        .expect(409);
      expect(again.body.detail).toMatch(/erased/);
      expect(again.body.detail).not.toMatch(new RegExp(SURNAME, 'i'));
      expect(await events()).toBe(eventsBefore); // not even in the victim's referral history
      const callOut = await request(server)
        .post(`/marac/victims/${VICTIM}/police-call-outs`)
        .set('Authorization', await auth(['coordinator']))
        .send({ partnershipId: PARTNERSHIP, date: '2025-08-02' })
        .expect(409);
      expect(callOut.body.detail).toMatch(/erased/);
      expect(await events()).toBe(eventsBefore);
      expect(await tablesMentioning(SURNAME)).toEqual([]);
    });

    it('rebuilds the read models from the log without bringing the name back', async () => {
      const projections = harness.app.get(ProjectionsService);
      for (const projection of projections.projections) {
        await rebuildProjection(harness.app.get(DataSource), harness.app.get(EVENT_STORE), harness.app.get(EventCodec), projection);
      }
      await caughtUp();
      expect(await tablesMentioning(SURNAME)).toEqual([]);
      expect((await get(`/maracs/${MARAC}/cases?status=all`)).body.items.find((i: { caseId: string }) => i.caseId === ids.b)).toMatchObject(
        {
          victimName: 'Keepme Otherperson',
        },
      );
    });
  });

  describe('retention: erasure after RETENTION_YEARS_AFTER_CLOSURE (6) years', () => {
    const people = { oldVictim: '', oldPerp: '', recentVictim: '', recentPerp: '', backVictim: '', backPerp: '' };
    const cases: Record<string, string> = {};

    const referAndClose = async (victim: string, perpetrator: string, name: string, referredOn: string, closedOn: string | null) => {
      const caseId = (await post('/marac/referrals', referral(victim, name, perpetrator, referredOn, { maracId: 'marac-retention' }), 201))
        .caseId as string;
      if (closedOn) await post(`/marac/cases/${caseId}/close`, { closedOn, reason: 'risk-reduced' }, 200);
      return caseId;
    };

    beforeAll(async () => {
      await request(server)
        .post('/maracs')
        .set('Authorization', await auth(['admin']))
        .send({ maracId: 'marac-retention', partnershipId: PARTNERSHIP, name: 'Retention MARAC' })
        .expect(201);
      for (const key of Object.keys(people) as (keyof typeof people)[]) {
        people[key] = await registerTestPerson(harness.app, PARTNERSHIP, `Retention ${key}`);
      }
      cases.old = await referAndClose(people.oldVictim, people.oldPerp, 'Oldcase Victim', dateYearsAgo(7, 120), dateYearsAgo(7));
      cases.recent = await referAndClose(
        people.recentVictim,
        people.recentPerp,
        'Recentcase Victim',
        dateYearsAgo(2, 120),
        dateYearsAgo(2),
      );
      // Closed seven years ago, but the same victim (and perpetrator) was referred again since: a case closed two years ago.
      cases.back1 = await referAndClose(people.backVictim, people.backPerp, 'Cameback Victim', dateYearsAgo(7, 200), dateYearsAgo(7, 30));
      cases.back2 = await referAndClose(people.backVictim, people.backPerp, 'Cameback Victim', dateYearsAgo(3), dateYearsAgo(2, 10));
      // An open case from long ago is not due either (nothing closed).
      cases.open = await referAndClose(
        await registerTestPerson(harness.app, PARTNERSHIP, 'Stillopen Victim'),
        await registerTestPerson(harness.app, PARTNERSHIP, 'Stillopen Perpetrator'),
        'Stillopen Victim',
        dateYearsAgo(8),
        null,
      );
      await caughtUp();
    });

    it('erases the people of a case closed 7 years ago, and records it as system:retention; keeps those closed 2 years ago or re-referred', async () => {
      const sweep = await harness.app.get(RetentionService).sweep();
      expect(sweep).toEqual({ erased: [people.oldVictim, people.oldPerp].sort(), failed: [] });

      const audit = await db.query(
        `SELECT actor, action, record_kind, record_id, subject_ids, partnership_id, purpose FROM audit_log WHERE actor = 'system:retention' ORDER BY record_id`,
      );
      expect(audit.rows).toEqual(
        [people.oldVictim, people.oldPerp].sort().map((subjectId) => ({
          actor: 'system:retention',
          action: 'retention-erasure',
          record_kind: 'data_subject',
          record_id: subjectId,
          subject_ids: [subjectId],
          partnership_id: PARTNERSHIP,
          purpose: `MARAC: last MARAC case naming them closed ${dateYearsAgo(7)}; kept 6 years after closure`,
        })),
      );
      const keys = await db.query<{ subject_id: string; erased_by: string | null }>(
        'SELECT subject_id, erased_by FROM subject_keys WHERE subject_id = ANY($1::text[])',
        [Object.values(people)],
      );
      expect(Object.fromEntries(keys.rows.map((r) => [r.subject_id, r.erased_by]))).toEqual({
        [people.oldVictim]: 'system:retention',
        [people.oldPerp]: 'system:retention',
        [people.recentVictim]: null,
        [people.recentPerp]: null,
        [people.backVictim]: null,
        [people.backPerp]: null,
      });

      await caughtUp();
      expect((await get(`/marac/cases/${cases.old}`)).body).toMatchObject({ victimName: null, status: 'closed' });
      expect((await get(`/marac/cases/${cases.recent}`)).body).toMatchObject({ victimName: 'Recentcase Victim' });
      expect((await get(`/marac/cases/${cases.back1}`)).body).toMatchObject({ victimName: 'Cameback Victim' });
      expect(await tablesMentioning('Oldcase Victim')).toEqual([]);

      // A second sweep finds nobody new.
      expect(await harness.app.get(RetentionService).sweep()).toEqual({ erased: [], failed: [] });
    });

    it('keeps a person while any context of the partnership or any record merged with them still needs them', async () => {
      const named = async (key: string) => registerTestPerson(harness.app, PARTNERSHIP, `Retention ${key}`);
      const [mergedOld, mergedOldPerp, mergedOpen, mergedOpenPerp, elsewhere, elsewherePerp] = await Promise.all(
        ['mergedOld', 'mergedOldPerp', 'mergedOpen', 'mergedOpenPerp', 'elsewhere', 'elsewherePerp'].map(named),
      );
      // Two records of one victim: one named in a case closed seven years ago, the other in an open case.
      await referAndClose(mergedOld, mergedOldPerp, 'Mergedold Victim', dateYearsAgo(7, 120), dateYearsAgo(7));
      await referAndClose(mergedOpen, mergedOpenPerp, 'Mergedopen Victim', dateYearsAgo(1), null);
      await request(server)
        .post(`/people/${mergedOld}/merge`)
        .set('Authorization', await auth(['coordinator']))
        .send({ intoPersonId: mergedOpen, reason: 'same victim' })
        .expect(200);
      // Due in MARAC, but another context (standing in for a victim service with an open case) still needs them.
      await referAndClose(elsewhere, elsewherePerp, 'Elsewhere Victim', dateYearsAgo(7, 120), dateYearsAgo(7));
      const retention = harness.app.get(RetentionService);
      const asked: string[][] = [];
      retention.register({
        name: 'another context',
        subjectsDue: async () => [],
        subjectsStillNeeded: async (subjectIds) => {
          asked.push([...subjectIds]);
          return new Set(subjectIds.filter((id) => id === elsewhere));
        },
      });
      await caughtUp();

      const sweep = await retention.sweep();
      // Only the perpetrators nobody else needs go; both records of the merged victim and the victim still needed elsewhere stay.
      expect(sweep).toEqual({ erased: [mergedOldPerp, elsewherePerp].sort(), failed: [] });
      expect(asked[0]).toEqual(expect.arrayContaining([mergedOld, mergedOpen, elsewhere]));
      const keys = await db.query<{ subject_id: string; erased_by: string | null }>(
        'SELECT subject_id, erased_by FROM subject_keys WHERE subject_id = ANY($1::text[])',
        [[mergedOld, mergedOpen, elsewhere, mergedOldPerp, elsewherePerp]],
      );
      expect(Object.fromEntries(keys.rows.map((r) => [r.subject_id, r.erased_by]))).toEqual({
        [mergedOld]: null,
        [mergedOpen]: null,
        [elsewhere]: null,
        [mergedOldPerp]: 'system:retention',
        [elsewherePerp]: 'system:retention',
      });
    });
  });

  /**
   * The case list (the one read model holding names) is stuck on an event it cannot apply when an admin
   * erases a victim: the erasure blanks the name in the read model itself, so no table and no response (case
   * list, agendas) names the victim while the projection is stuck, once it is unstuck and applies the rest of
   * the log, or after a rebuild (the key is gone). The stall is provoked as an operator's mistake would: a
   * constraint that the case list's next update breaks.
   */
  describe('erasure while the case-list projection is stuck', () => {
    const STALLED_MARAC = 'marac-erasure-stalled';
    let STALLED_VICTIM = '';
    const STALLED_NAME = 'Zephyrine Coldharbourne';
    const OTHER_NAME = 'Keepme Stalledlist';
    const responses = async () =>
      JSON.stringify([
        (await get(`/maracs/${STALLED_MARAC}/cases?status=all`)).body,
        (await get(`/marac/meetings/${ids.stalledMeeting}/agenda?asOf=2024-04-20`)).body,
        (await get(`/marac/cases/${ids.stalledCase}`)).body,
      ]);
    const caseListHealth = async () =>
      (await harness.app.get(ProjectionsService).health()).find((projection) => projection.name === 'marac_case_list')!;

    beforeAll(async () => {
      await registerTestMarac(harness.app, STALLED_MARAC, PARTNERSHIP);
      STALLED_VICTIM = await registerTestPerson(harness.app, PARTNERSHIP, STALLED_NAME);
      const referred = (victimName: string, victimId?: string) =>
        post('/marac/referrals', referralBody({ partnershipId: PARTNERSHIP, maracId: STALLED_MARAC, victimId, victimName }), 201);
      ids.stalledCase = (await referred(STALLED_NAME, STALLED_VICTIM)).caseId;
      ids.stalledOther = (await referred(OTHER_NAME)).caseId;
      ids.stalledMeeting = (
        await post('/marac/meetings', { partnershipId: PARTNERSHIP, maracId: STALLED_MARAC, date: '2024-04-24' }, 201)
      ).meetingId;
      for (const caseId of [ids.stalledCase, ids.stalledOther]) await post(`/marac/meetings/${ids.stalledMeeting}/agenda`, { caseId }, 200);
      await caughtUp();
    });

    it('leaves no name in the case list, the agendas or any response, stuck, unstuck and rebuilt', async () => {
      expect(await tablesMentioning('Coldharbourne')).toEqual(['marac_case_list']);
      expect(await responses()).toContain('Coldharbourne');

      // The case list's next update of the other case (a DASH of 13) breaks a constraint: it is stuck there.
      await db.query('ALTER TABLE marac_case_list ADD CONSTRAINT test_stall CHECK (dash_score IS DISTINCT FROM 13)');
      await post(`/marac/cases/${ids.stalledOther}/dash-assessments`, { assessedOn: '2024-04-26', answers: dashAnswers(13) }, 201);
      await waitFor(async () => ((await caseListHealth()).stall?.attempts ?? 0) >= 1, 30_000);

      await request(server)
        .post('/admin/erasure')
        .set('Authorization', await auth(['admin'], 'erasure-admin'))
        .send({ subjectId: STALLED_VICTIM, reason: 'Right to erasure request RTE-0077' })
        .expect(200);

      // Still stuck, and nothing names the victim.
      expect((await caseListHealth()).stall).toBeDefined();
      expect(await tablesMentioning('Coldharbourne')).toEqual([]);
      expect(await tablesMentioning('Zephyrine')).toEqual([]);
      expect(await responses()).not.toMatch(/Coldharbourne|Zephyrine/i);
      const list = (await get(`/maracs/${STALLED_MARAC}/cases?status=all`)).body;
      expect(list.items.find((item: { caseId: string }) => item.caseId === ids.stalledCase)).toMatchObject({ victimName: null });
      expect(list.items.find((item: { caseId: string }) => item.caseId === ids.stalledOther)).toMatchObject({ victimName: OTHER_NAME });
      const agenda = (await get(`/marac/meetings/${ids.stalledMeeting}/agenda?asOf=2024-04-20`)).body;
      expect(agenda.cases.map((item: { victimName: string | null }) => item.victimName).sort()).toEqual([OTHER_NAME, null]);

      // Unstuck, the projection applies the rest of the log (the erasure event too) without bringing the name back.
      await db.query('ALTER TABLE marac_case_list DROP CONSTRAINT test_stall');
      await waitFor(async () => (await caseListHealth()).lag === 0, 60_000);
      expect(await tablesMentioning('Coldharbourne')).toEqual([]);

      // Rebuilt from the log, the name stays blank: the key is gone.
      await rebuildProjection(
        harness.app.get(DataSource),
        harness.app.get(EVENT_STORE),
        harness.app.get(EventCodec),
        harness.app.get(ProjectionsService).find('marac_case_list')!,
      );
      expect(await tablesMentioning('Coldharbourne')).toEqual([]);
      expect(await tablesMentioning(OTHER_NAME)).toEqual(['marac_case_list']);
      expect(await responses()).not.toMatch(/Coldharbourne/i);
    });
  });
});
