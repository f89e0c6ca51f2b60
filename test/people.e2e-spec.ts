import pg from 'pg';
import request from 'supertest';
import { bearer, type Role } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { EVENT_STORE, EventCodec, type EventStore } from '@app/event-store';
import { ProcessManagersService } from '@app/kit';
import { ProjectionsService, rebuildProjection } from '@app/projections';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '@app/testing';
import { registerTestMarac } from './support/marac-registration.js';
import { referralBody } from './support/referral-body.js';
import { registerTestPerson } from './support/people.js';

/**
 * Issue 11 over HTTP: people across contexts. A coordinator finds a victim by a misspelt name and
 * re-refers her by her person id (a repeat); a referral of a new person close to an existing one is a 409
 * with the candidates' ids, then goes through with `newPerson: true`; another partnership's coordinator
 * gets the 404 of an id nobody holds for every person id (search results, person records, call-outs,
 * perpetrators, merges), with the same body; searches are audited without their terms.
 */
const NORTH = 'csp-people-north';
const SOUTH = 'csp-people-south';
const MARAC = 'marac-people';
const UNKNOWN = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

describe('people across contexts over HTTP', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let db: pg.Client;
  const ids: Record<string, string> = {};

  const as = async (partnership: string, roles: Role[] = ['coordinator'], id = `people-${partnership}-${roles.join('+')}`) => {
    const authorization = await bearer(harness.app, { id, roles, partnerships: [partnership] });
    return {
      get: (path: string) => request(server).get(path).set('Authorization', authorization),
      post: (path: string, body: object, purpose?: string) =>
        request(server)
          .post(path)
          .set('Authorization', authorization)
          .set(purpose ? { 'X-Access-Purpose': purpose } : {})
          .send(body),
    };
  };
  const caughtUp = async () => {
    await harness.app.get(ProcessManagersService).waitUntilCaughtUp();
    await harness.app.get(ProjectionsService).waitUntilCaughtUp();
  };
  const referral = (victim: object, extra: Record<string, unknown> = {}) => {
    const body = referralBody({
      partnershipId: NORTH,
      maracId: MARAC,
      perpetratorName: 'Darren Pickersgill',
      profile: { ageAtReferral: null },
    });
    return { ...body, victim: { ...body.victim, details: undefined, newPerson: undefined, ...victim }, ...extra };
  };

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0', RATE_LIMIT_PER_MINUTE: '100000' });
    server = harness.app.getHttpServer();
    db = new pg.Client({ connectionString: harness.database.url });
    await db.connect();
    await registerTestMarac(harness.app, MARAC, NORTH);
    await registerTestMarac(harness.app, 'marac-people-south', SOUTH);
  });
  afterAll(async () => {
    await db?.end();
    await harness?.close();
  });

  it('refers a new victim with her details: the server makes her person record', async () => {
    const north = await as(NORTH);
    const first = await north
      .post(
        '/marac/referrals',
        referral({ details: { fullName: 'Siobhán Featherstonehaugh', dateOfBirth: '1989-07-14', postcode: 'LS6 2QT' } }),
      )
      .expect(201);
    expect(first.body).toMatchObject({ isRepeat: false, previousCaseId: null });
    ids.victim = first.body.personId;
    ids.perpetrator = first.body.perpetratorPersonIds[0];
    ids.firstCase = first.body.caseId;
    // Made by the server, keyed by its secret (UUID version 8): nobody can compute them ahead.
    for (const id of [ids.victim, ids.perpetrator, ids.firstCase]) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-/);
    const person = await north.get(`/people/${ids.victim}`).expect(200);
    expect(person.body).toMatchObject({
      personId: ids.victim,
      partnershipId: NORTH,
      identity: { fullName: 'Siobhán Featherstonehaugh', dateOfBirth: '1989-07-14', sex: 'female' },
      mergedPersonIds: [],
    });
  });

  it('finds her by a misspelt name, without accents, names swapped, and re-refers her by id: a repeat', async () => {
    const north = await as(NORTH);
    const found = await north.post('/people/search', { name: 'featherstonhaugh siobhan' }, 'MARAC re-referral').expect(200);
    expect(found.body.people[0]).toMatchObject({ personId: ids.victim, fullName: 'Siobhán Featherstonehaugh', postcodes: ['LS6 2QT'] });
    const byDate = await north.post('/people/search', { dateOfBirth: '1989-07-14', postcode: 'ls6 2qt' }).expect(200);
    expect(byDate.body.people[0].personId).toBe(ids.victim);

    const again = await north
      .post(
        '/marac/referrals',
        referral(
          { personId: found.body.people[0].personId },
          { referralDate: '2024-09-01', perpetrators: [{ personId: ids.perpetrator, relationship: 'ex-partner' }] },
        ),
      )
      .expect(201);
    expect(again.body).toMatchObject({ personId: ids.victim, isRepeat: true, previousCaseId: ids.firstCase });
    ids.secondCase = again.body.caseId;
  });

  it('audits a search with who, the kinds of term and the purpose, never the terms', async () => {
    const { rows } = await db.query<{ record_kind: string; record_id: string; purpose: string; subject_ids: string[]; row: string }>(
      `SELECT record_kind, record_id, purpose, subject_ids, t::text AS row FROM audit_log t WHERE route = '/people/search' ORDER BY id`,
    );
    expect(rows[0]).toMatchObject({ record_kind: 'person_search', record_id: 'name', purpose: 'MARAC re-referral' });
    expect(rows[0].subject_ids).toContain(ids.victim);
    expect(rows[1]).toMatchObject({ record_id: 'dateOfBirth,postcode' });
    expect(rows.map((r) => r.row).join('\n')).not.toMatch(/featherst|siobh|1989-07-14|LS6/i);
  });

  it('answers a new person close to an existing one with 409 and the candidates’ ids, then refers with newPerson: true', async () => {
    const north = await as(NORTH);
    const close = await north.post(
      '/marac/referrals',
      referral({ details: { fullName: 'Siobhan Featherstonhaugh', dateOfBirth: '1989-07-14' } }, { referralDate: '2024-10-01' }),
    );
    expect([close.status, close.body.detail]).toEqual([409, close.body.detail]);
    expect(close.body).toMatchObject({ status: 409, about: 'victim', candidates: [{ personId: ids.victim }] });
    expect(JSON.stringify(close.body)).not.toMatch(/featherst|1989/i);
    const confirmed = await north
      .post(
        '/marac/referrals',
        referral(
          { details: { fullName: 'Siobhan Featherstonhaugh', dateOfBirth: '1989-07-14' }, newPerson: true },
          // About the same perpetrator: once the records are merged, a repeat (SafeLives: same victim and perpetrator).
          { referralDate: '2024-10-01', perpetrators: [{ personId: ids.perpetrator, relationship: 'ex-partner' }] },
        ),
      )
      .expect(201);
    expect(confirmed.body.personId).not.toBe(ids.victim);
    expect(confirmed.body.isRepeat).toBe(false);
    ids.duplicate = confirmed.body.personId;
    ids.duplicateCase = confirmed.body.caseId;
    // The same for a person registered on their own.
    await north.post('/people', { partnershipId: NORTH, identity: { fullName: 'Darren Pickersgil' } }).expect(409);
  });

  it('refuses a victim named as a perpetrator of her own case, on canonical ids', async () => {
    const north = await as(NORTH);
    const refused = await north
      .post(
        '/marac/referrals',
        referral(
          { personId: ids.victim },
          { referralDate: '2024-11-01', perpetrators: [{ personId: ids.victim, relationship: 'partner' }] },
        ),
      )
      .expect(400);
    expect(refused.body.detail).toMatch(/victim cannot also be named as a perpetrator/);
  });

  it('gives another partnership the 404 of an id nobody holds, with the same body, for every person id', async () => {
    const south = await as(SOUTH);
    const southAdmin = await as(SOUTH, ['admin']);
    const body = (response: request.Response) => ({ ...response.body, instance: undefined, correlationId: undefined });
    const pairs: [string, (id: string) => Promise<request.Response>][] = [
      ['person record', (id) => south.get(`/people/${id}`)],
      ['police call-out', (id) => south.post(`/marac/victims/${id}/police-call-outs`, { partnershipId: SOUTH, date: '2024-03-01' })],
      [
        'victim of a referral',
        (id) => south.post('/marac/referrals', { ...referral({ personId: id }), partnershipId: SOUTH, maracId: 'marac-people-south' }),
      ],
      [
        'perpetrator of a referral',
        (id) =>
          south.post('/marac/referrals', {
            ...referralBody({ partnershipId: SOUTH, maracId: 'marac-people-south' }),
            perpetrators: [{ personId: id, relationship: 'partner' }],
          }),
      ],
      [
        'merge',
        (id) => southAdmin.post(`/people/${id}/merge`, { intoPersonId: id === UNKNOWN ? UNKNOWN : ids.duplicate, reason: 'probe' }),
      ],
      ['unmerge', (id) => southAdmin.post(`/people/${id}/unmerge`, { reason: 'probe' })],
    ];
    const events = async () => (await db.query('SELECT count(*)::int AS c FROM es_events')).rows[0].c as number;
    await caughtUp(); // the process managers' own appends (the alert rules' person watch) come before the count
    const before = await events();
    for (const [what, probe] of pairs) {
      const theirs = await probe(ids.victim);
      const nobodys = await probe(UNKNOWN);
      expect([what, theirs.status, theirs.body.detail]).toEqual([what, 404, theirs.body.detail]);
      expect([what, nobodys.status, nobodys.body.detail]).toEqual([what, 404, nobodys.body.detail]);
      expect([what, body(theirs)]).toEqual([what, body(nobodys)]);
    }
    expect(await events()).toBe(before);
    // Their search finds nobody of north's.
    const search = await south.post('/people/search', { name: 'Siobhan Featherstonehaugh' }).expect(200);
    expect(search.body.people).toEqual([]);
    await caughtUp();
  });

  describe('merge and unmerge', () => {
    const settled = async () => {
      // A merge is followed in steps (the merge, the victim's history, the case, the read models).
      for (let round = 0; round < 3; round++) await caughtUp();
    };
    const rate = async () =>
      (await (await as(NORTH)).get(`/maracs/${MARAC}/repeat-rate?from=2024-10-01&to=2024-12-31`).expect(200)).body as {
        cases: number;
        repeatCases: number;
      };

    beforeAll(async () => {
      const north = await as(NORTH);
      const meetingId = (await north.post('/marac/meetings', { partnershipId: NORTH, maracId: MARAC, date: '2024-10-15' }).expect(201)).body
        .meetingId as string;
      await north.post(`/marac/meetings/${meetingId}/agenda`, { caseId: ids.duplicateCase }).expect(200);
      await north.post(`/marac/cases/${ids.duplicateCase}/hearings`, { meetingId, agenciesPresent: ['police', 'idva'] }).expect(200);
      await settled();
    });

    it('turns the second record’s referral into a repeat once the records are merged, and the repeat rate follows', async () => {
      const north = await as(NORTH);
      expect(await rate()).toMatchObject({ cases: 1, repeatCases: 0 });
      await north.post(`/people/${ids.duplicate}/merge`, { intoPersonId: ids.duplicate, reason: 'itself' }).expect(400);
      const merged = await north
        .post(`/people/${ids.duplicate}/merge`, { intoPersonId: ids.victim, reason: 'Same date of birth; name misspelt on the referral' })
        .expect(200);
      expect(merged.body).toMatchObject({ personId: ids.duplicate, canonicalPersonId: ids.victim });
      await north.post(`/people/${ids.duplicate}/merge`, { intoPersonId: ids.victim, reason: 'again' }).expect(409);
      await north.post(`/people/${ids.victim}/merge`, { intoPersonId: ids.duplicate, reason: 'a cycle' }).expect(409);
      await settled();

      const record = (await north.get(`/marac/cases/${ids.duplicateCase}`).expect(200)).body;
      expect(record).toMatchObject({ victimPersonId: ids.victim, isRepeat: true, previousCaseId: ids.secondCase });
      expect(await rate()).toMatchObject({ cases: 1, repeatCases: 1 });
      // A rebuild gives the same answer: the reclassification is an event.
      for (const projection of harness.app.get(ProjectionsService).projections) {
        await rebuildProjection(
          harness.app.get(DataSource),
          harness.app.get<EventStore>(EVENT_STORE),
          harness.app.get(EventCodec),
          projection,
        );
      }
      await settled();
      expect(await rate()).toMatchObject({ cases: 1, repeatCases: 1 });
      // One person's cases, whichever record is asked for.
      for (const personId of [ids.victim, ids.duplicate]) {
        const list = (await north.get(`/maracs/${MARAC}/cases?status=all&personId=${personId}`).expect(200)).body;
        expect(list.items.map((item: { caseId: string }) => item.caseId).sort()).toEqual(
          [ids.firstCase, ids.secondCase, ids.duplicateCase].sort(),
        );
        expect(new Set(list.items.map((item: { victimPersonId: string }) => item.victimPersonId))).toEqual(new Set([ids.victim]));
      }
      expect((await north.get(`/people/${ids.duplicate}`).expect(200)).body).toMatchObject({
        personId: ids.victim,
        mergedPersonIds: [ids.duplicate],
      });
      // The reclassification is a fact on the case, with the merge as its reason.
      const caseEvents = await harness.app.get<EventStore>(EVENT_STORE).readStream(`marac_case-${ids.duplicateCase}`);
      const reclassified = caseEvents.filter((event) => event.type === 'CaseRepeatReclassified');
      expect(reclassified.map((event) => (event.data as { reason: string }).reason)).toEqual(['people-merged']);
      // Audited, without the reason (free text about the person).
      const audit = await db.query<{ row: string }>(`SELECT t::text AS row FROM audit_log t WHERE route = '/people/:personId/merge'`);
      expect(audit.rows.length).toBeGreaterThanOrEqual(1);
      expect(audit.rows.map((r) => r.row).join('\n')).not.toMatch(/misspelt/);
    });

    it('turns it back on an unmerge', async () => {
      const north = await as(NORTH);
      const unmerged = await north.post(`/people/${ids.duplicate}/unmerge`, { reason: 'Different people after all' }).expect(200);
      expect(unmerged.body).toMatchObject({ personId: ids.duplicate, canonicalPersonId: ids.duplicate });
      await north.post(`/people/${ids.duplicate}/unmerge`, { reason: 'again' }).expect(409);
      await settled();
      const record = (await north.get(`/marac/cases/${ids.duplicateCase}`).expect(200)).body;
      expect(record).toMatchObject({ victimPersonId: ids.duplicate, isRepeat: false, previousCaseId: null });
      expect(await rate()).toMatchObject({ cases: 1, repeatCases: 0 });
      const list = (await north.get(`/maracs/${MARAC}/cases?status=all&personId=${ids.victim}`).expect(200)).body;
      expect(list.items.map((item: { caseId: string }) => item.caseId).sort()).toEqual([ids.firstCase, ids.secondCase].sort());
    });
  });

  describe('merging two records of one perpetrator', () => {
    const people: Record<string, string> = {};
    const cases: Record<string, string> = {};
    const settled = async () => {
      for (let round = 0; round < 3; round++) await caughtUp();
    };
    const repeatOf = async (caseId: string) => {
      const { isRepeat, previousCaseId } = (await (await as(NORTH)).get(`/marac/cases/${caseId}`).expect(200)).body;
      return { isRepeat, previousCaseId };
    };

    beforeAll(async () => {
      const north = await as(NORTH);
      for (const [key, name] of Object.entries({ victim: 'Philippa Quarrington', first: 'Lonnie Brackwater', second: 'Lonny Brakwater' })) {
        people[key] = await registerTestPerson(harness.app, NORTH, name);
      }
      const refer = async (perpetrator: string, referralDate: string) =>
        (
          await north
            .post(
              '/marac/referrals',
              referral(
                { personId: people.victim },
                { referralDate, perpetrators: [{ personId: perpetrator, relationship: 'ex-partner' }] },
              ),
            )
            .expect(201)
        ).body as { caseId: string; isRepeat: boolean };
      const first = await refer(people.first, '2025-01-10');
      const second = await refer(people.second, '2025-03-10');
      // Two records, so two perpetrators as far as the rule can tell: a new case.
      expect([first.isRepeat, second.isRepeat]).toEqual([false, false]);
      cases.first = first.caseId;
      cases.second = second.caseId;
      await settled();
    });

    it('makes the victim’s later referral a repeat once the perpetrator’s records are merged, and a new case again on an unmerge', async () => {
      const north = await as(NORTH);
      await north.post(`/people/${people.second}/merge`, { intoPersonId: people.first, reason: 'Same perpetrator' }).expect(200);
      await settled();
      expect(await repeatOf(cases.second)).toEqual({ isRepeat: true, previousCaseId: cases.first });
      const caseEvents = await harness.app.get<EventStore>(EVENT_STORE).readStream(`marac_case-${cases.second}`);
      expect(
        caseEvents.filter((event) => event.type === 'CaseRepeatReclassified').map((event) => (event.data as { reason: string }).reason),
      ).toEqual(['people-merged']);

      await north.post(`/people/${people.second}/unmerge`, { reason: 'Different people' }).expect(200);
      await settled();
      expect(await repeatOf(cases.second)).toEqual({ isRepeat: false, previousCaseId: null });
      expect(await repeatOf(cases.first)).toEqual({ isRepeat: false, previousCaseId: null });
    });
  });
});
