import pg from 'pg';
import request from 'supertest';
import { bearer, type Role } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { ProcessManagersService } from '@app/kit';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing';
import { registerTestMarac } from './support/marac-registration.js';
import { referralBody } from './support/referral-body.js';

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
          { referralDate: '2024-10-01' },
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
});
