import { jest } from '@jest/globals';
import request from 'supertest';
import { bearer } from '@app/access';
import { addDays, todayInLondon } from '@app/periods';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing';
import { boundedContexts } from '@app/contexts';
import { registerTestPerson } from './support/people.js';

/**
 * Issue 12, defect 5 and the MARAC gaps a coordinator hit, over HTTP against a real database: dates that
 * cannot be true are refused naming the field (the UK date, Europe/London, is "today"), the allowed range
 * is in the OpenAPI document, a hearing is on its meeting's date, a meeting is marked held with the
 * agencies present, a closed case lists no overdue actions, the case record shows incident descriptions
 * and the closing note, and every report takes `financialYear`.
 */
const PARTNERSHIP = 'csp-dates';
const MARAC = 'marac-dates';
let VICTIM = '';
let PERPETRATOR = '';
let LATE_VICTIM = '';
let LATE_PERPETRATOR = '';

const answers = (yes: number) => [...Array(yes).fill('yes'), ...Array(24 - yes).fill('no')];
const referral = (referralDate: string, victim = VICTIM, perpetrator = PERPETRATOR, extra: Record<string, unknown> = {}) => ({
  partnershipId: PARTNERSHIP,
  maracId: MARAC,
  referralDate,
  referringAgency: 'police',
  criterion: 'visible-high-risk',
  victim: {
    // An empty id: a new person.
    ...(victim ? { personId: victim } : { newPerson: true }),
    details: { fullName: 'Dates Victim' },
    profile: { sex: 'female', ageAtReferral: 30, ethnicity: 'not-known', disabled: null, lgbtPlus: null, childrenInHousehold: 0 },
  },
  perpetrators: [
    {
      ...(perpetrator ? { personId: perpetrator } : { newPerson: true }),
      relationship: 'ex-partner',
      details: { fullName: 'Dates Perpetrator' },
    },
  ],
  dash: { answers: answers(15) },
  ...extra,
});

describe('MARAC dates and coordinators’ gaps over HTTP', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let auth: Record<string, string>;
  const ids: Record<string, string> = {};
  const today = () => todayInLondon(new Date());
  const tomorrow = () => addDays(today(), 1);

  const caughtUp = () => harness.app.get(ProjectionsService).waitUntilCaughtUp();
  const post = (path: string, body: object) => request(server).post(path).set(auth).send(body);
  const get = (path: string) => request(server).get(path).set(auth);
  const fieldsOf = (response: request.Response) =>
    (response.body.errors as { field: string }[] | undefined)?.map((error) => error.field) ?? [];

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts);
    VICTIM = await registerTestPerson(harness.app, PARTNERSHIP, 'Test person VICTIM');
    PERPETRATOR = await registerTestPerson(harness.app, PARTNERSHIP, 'Test person PERPETRATOR');
    LATE_VICTIM = await registerTestPerson(harness.app, PARTNERSHIP, 'Test person LATE_VICTIM');
    LATE_PERPETRATOR = await registerTestPerson(harness.app, PARTNERSHIP, 'Test person LATE_PERPETRATOR');
    server = harness.app.getHttpServer();
    auth = {
      Authorization: await bearer(harness.app, {
        id: 'dates-e2e',
        roles: ['coordinator', 'analyst', 'admin'],
        partnerships: [PARTNERSHIP],
      }),
    };
    await post('/maracs', { maracId: MARAC, partnershipId: PARTNERSHIP, name: 'Dates MARAC' }).expect(201);
    ids.case = (await post('/marac/referrals', referral('2024-04-10')).expect(201)).body.caseId;
    ids.meeting = (
      await post('/marac/meetings', { partnershipId: PARTNERSHIP, maracId: MARAC, date: '2024-04-24' }).expect(201)
    ).body.meetingId;
    await post(`/marac/meetings/${ids.meeting}/agenda`, { caseId: ids.case }).expect(200);
  });
  afterAll(async () => {
    jest.useRealTimers();
    await harness?.close();
  });

  describe('dates that cannot be true', () => {
    it('refuses every record of something that happened dated later than today in London: 400 naming the field', async () => {
      const refused: [string, string, object, string][] = [
        ['referral', '/marac/referrals', referral(tomorrow()), 'referralDate'],
        [
          'DASH with the referral',
          '/marac/referrals',
          referral('2024-04-10', VICTIM, PERPETRATOR, { dash: { assessedOn: tomorrow(), answers: answers(15) } }),
          'dash.assessedOn',
        ],
        [
          'victim born tomorrow',
          '/marac/referrals',
          referral('2024-04-10', VICTIM, PERPETRATOR, {
            victim: { ...referral('x').victim, details: { fullName: 'X', dateOfBirth: tomorrow() } },
          }),
          'victim.details.dateOfBirth',
        ],
        ['DASH assessment', `/marac/cases/${ids.case}/dash-assessments`, { assessedOn: tomorrow(), answers: answers(3) }, 'assessedOn'],
        [
          'hearing',
          `/marac/cases/${ids.case}/hearings`,
          { meetingId: ids.meeting, heardOn: tomorrow(), agenciesPresent: ['police'] },
          'heardOn',
        ],
        ['completed action', `/marac/cases/${ids.case}/actions/none/complete`, { completedOn: tomorrow() }, 'completedOn'],
        ['incident', `/marac/cases/${ids.case}/incidents`, { date: tomorrow(), reportingAgency: 'police', description: 'x' }, 'date'],
        [
          'incident report',
          `/marac/cases/${ids.case}/incidents`,
          { date: '2024-05-01', reportedOn: tomorrow(), reportingAgency: 'police', description: 'x' },
          'reportedOn',
        ],
        ['closure', `/marac/cases/${ids.case}/close`, { closedOn: tomorrow(), reason: 'risk-reduced' }, 'closedOn'],
        ['police call-out', `/marac/victims/${VICTIM}/police-call-outs`, { partnershipId: PARTNERSHIP, date: tomorrow() }, 'date'],
        [
          'meeting cancellation',
          `/marac/meetings/${ids.meeting}/cancel`,
          { cancelledOn: tomorrow(), reason: 'not-quorate' },
          'cancelledOn',
        ],
        ['referral in 1066', '/marac/referrals', referral('1066-10-14'), 'referralDate'],
      ];
      for (const [what, path, body, field] of refused) {
        const response = await post(path, body);
        expect({ what, status: response.status, fields: fieldsOf(response) }).toEqual({ what, status: 400, fields: [field] });
        expect(response.body.errors[0].messages.join(' ')).toMatch(/today \(the UK date, Europe\/London\)/);
      }
    });

    it('schedules meetings from 1900-01-01 to two years ahead: 1066 and 9999 are refused naming the date', async () => {
      for (const date of ['1066-10-14', '9999-01-01', addDays(today(), 800)]) {
        const response = await post('/marac/meetings', { partnershipId: PARTNERSHIP, maracId: MARAC, date }).expect(400);
        expect(fieldsOf(response)).toEqual(['date']);
      }
      await post('/marac/meetings', { partnershipId: PARTNERSHIP, maracId: MARAC, date: addDays(today(), 30) }).expect(201);
    });

    it('hears a case on its meeting’s date only (409 for another), taking the date when none is given', async () => {
      const other = await post(`/marac/cases/${ids.case}/hearings`, {
        meetingId: ids.meeting,
        heardOn: '2024-04-25',
        agenciesPresent: ['police'],
      }).expect(409);
      expect(other.body.detail).toBe('A case is heard on the date of the meeting it is listed for (2024-04-24), not on another day.');
    });

    it('takes an incident at 00:30 BST as today in London, not the future (UTC is still on the day before)', async () => {
      // Only the clock is faked: 2026-06-30T23:30Z is 00:30 on 1 July in London.
      jest.useFakeTimers({
        now: new Date('2026-06-30T23:30:00Z'),
        doNotFake: [
          'nextTick',
          'setImmediate',
          'setTimeout',
          'setInterval',
          'clearTimeout',
          'clearInterval',
          'clearImmediate',
          'queueMicrotask',
          'hrtime',
          'performance',
        ],
        advanceTimers: true,
      });
      try {
        const atNight = {
          Authorization: await bearer(harness.app, { id: 'dates-night', roles: ['coordinator'], partnerships: [PARTNERSHIP] }),
        };
        const late = await request(server)
          .post('/marac/referrals')
          .set(atNight)
          .send(referral('2026-06-01', LATE_VICTIM, LATE_PERPETRATOR))
          .expect(201);
        const incident = { date: '2026-07-01', reportingAgency: 'police', description: 'Breach at 00:20' };
        await request(server).post(`/marac/cases/${late.body.caseId}/incidents`).set(atNight).send(incident).expect(201);
        const future = await request(server)
          .post(`/marac/cases/${late.body.caseId}/incidents`)
          .set(atNight)
          .send({ ...incident, date: '2026-07-02' })
          .expect(400);
        expect(fieldsOf(future)).toEqual(['date']);
      } finally {
        jest.useRealTimers();
      }
    });

    it('states the allowed range of every date in the OpenAPI document', async () => {
      const { schemas } = (await request(server).get('/docs/openapi.json').expect(200)).body.components;
      const happened = { format: 'date', 'x-earliest-date': '1900-01-01', 'x-latest-date': 'today' };
      expect(schemas.ReferCaseBody.properties.referralDate).toMatchObject(happened);
      expect(schemas.IncidentBody.properties.date).toMatchObject(happened);
      expect(schemas.IncidentBody.properties.date.description).toMatch(/from 1900-01-01 to today \(the UK date, Europe\/London\)/);
      expect(schemas.CloseCaseBody.properties.closedOn).toMatchObject(happened);
      expect(schemas.CompleteActionBody.properties.completedOn).toMatchObject(happened);
      expect(schemas.ScheduleMeetingBody.properties.date).toMatchObject({
        format: 'date',
        'x-earliest-date': '1900-01-01',
        'x-latest-date': 'today + 2 years',
      });
    });
  });

  describe('MARAC gaps', () => {
    it('marks a meeting held with the agencies present; the agenda shows it; each case heard takes them, less those that left early', async () => {
      const second = (await post('/marac/referrals', referral('2024-04-12', '', '')).expect(201)).body.caseId;
      await post(`/marac/meetings/${ids.meeting}/agenda`, { caseId: second }).expect(200);
      const held = await post(`/marac/meetings/${ids.meeting}/held`, { agenciesPresent: ['police', 'idva', 'housing'] }).expect(200);
      expect(held.body).toMatchObject({ meetingId: ids.meeting, status: 'held', agenciesPresent: ['police', 'idva', 'housing'] });
      await post(`/marac/meetings/${ids.meeting}/held`, { agenciesPresent: ['police'] }).expect(409);
      const future = (await post('/marac/meetings', { partnershipId: PARTNERSHIP, maracId: MARAC, date: addDays(today(), 7) }).expect(201))
        .body.meetingId;
      expect((await post(`/marac/meetings/${future}/held`, { agenciesPresent: ['police'] }).expect(409)).body.detail).toMatch(
        /later than today/,
      );

      await post(`/marac/cases/${ids.case}/hearings`, { meetingId: ids.meeting }).expect(200);
      await post(`/marac/cases/${second}/hearings`, { meetingId: ids.meeting, agenciesLeftEarly: ['housing'] }).expect(200);
      await post(`/marac/cases/${second}/hearings`, { meetingId: ids.meeting, agenciesPresent: ['probation'] }).expect(409);
      await caughtUp();

      const agenda = (await get(`/marac/meetings/${ids.meeting}/agenda?asOf=2024-04-24`).expect(200)).body;
      expect(agenda).toMatchObject({ status: 'held', agenciesPresent: ['police', 'idva', 'housing'] });
      const presentFor = Object.fromEntries(
        agenda.cases.map((item: { caseId: string; agenciesPresent: string[]; heardOn: string }) => [
          item.caseId,
          [item.heardOn, item.agenciesPresent],
        ]),
      );
      expect(presentFor).toEqual({
        [ids.case]: ['2024-04-24', ['police', 'idva', 'housing']],
        [second]: ['2024-04-24', ['police', 'idva']],
      });

      // Attendance (agency engagement) follows: housing was at the meeting.
      const engagement = (await get(`/maracs/${MARAC}/agency-engagement?financialYear=2024-25&asOf=2025-03-31`).expect(200)).body;
      expect(JSON.stringify(engagement)).toContain('housing');
    });

    it('lists no overdue or outstanding action of a closed case, in the case list, the agenda, the case record and agency engagement', async () => {
      await post(`/marac/cases/${ids.case}/actions`, {
        actionId: 'chase',
        agency: 'housing',
        description: 'Fit locks',
        dueDate: '2024-05-01',
      }).expect(201);
      await caughtUp();
      const listed = async (status: string) =>
        (
          (await get(`/maracs/${MARAC}/cases?status=${status}&asOf=2024-06-01`).expect(200)).body.items as {
            caseId: string;
            overdueActions: number;
            outstandingActions: number;
          }[]
        ).find((item) => item.caseId === ids.case);
      expect(await listed('open')).toMatchObject({ overdueActions: 1, outstandingActions: 1 });
      const housingOverdue = async () =>
        (
          (await get(`/maracs/${MARAC}/agency-engagement?quarter=2024-25-Q1&asOf=2024-06-01`).expect(200)).body.agencies as {
            agency: string;
            actionsOverdue: number;
          }[]
        ).find((row) => row.agency === 'housing')!.actionsOverdue;
      expect(await housingOverdue()).toBe(1);

      await post(`/marac/cases/${ids.case}/close`, { closedOn: '2024-05-20', reason: 'risk-reduced', note: 'Moved to a refuge' }).expect(
        200,
      );
      await caughtUp();
      expect(await listed('closed')).toMatchObject({ overdueActions: 0, outstandingActions: 0 });
      expect(await housingOverdue()).toBe(0); // agency engagement too
      const agenda = (await get(`/marac/meetings/${ids.meeting}/agenda?asOf=2024-06-01`).expect(200)).body;
      expect(agenda.cases.find((item: { caseId: string }) => item.caseId === ids.case).outstandingActions).toEqual([]);
      const record = (await get(`/marac/cases/${ids.case}?asOf=2024-06-01`).expect(200)).body;
      expect(record.actions).toEqual([expect.objectContaining({ actionId: 'chase', completedOn: null, overdue: false })]);
    });

    it('shows incident descriptions and the closing note on the case record', async () => {
      const record = (await get(`/marac/cases/${ids.case}`).expect(200)).body;
      expect(record).toMatchObject({ status: 'closed', closureNote: 'Moved to a refuge' });
      const reopened = (
        await post(`/marac/cases/${ids.case}/incidents`, {
          date: '2024-06-10',
          reportingAgency: 'police',
          description: 'Threats by phone',
        }).expect(201)
      ).body;
      const after = (await get(`/marac/cases/${ids.case}`).expect(200)).body;
      expect(after).toMatchObject({
        status: 'open',
        closureNote: null,
        incidents: [{ incidentId: reopened.incidentId, date: '2024-06-10', description: 'Threats by phone' }],
      });
    });

    it('takes financialYear on every MARAC report', async () => {
      for (const path of [
        '/maracs/repeat-rates',
        `/maracs/${MARAC}/repeat-rate`,
        `/maracs/${MARAC}/repeat-rate/quarters`,
        `/maracs/${MARAC}/safelives`,
        `/maracs/${MARAC}/agency-engagement`,
        `/maracs/${MARAC}/cases/depersonalised`,
      ]) {
        const response = await get(`${path}?financialYear=2024-25`);
        expect({ path, status: response.status }).toEqual({ path, status: 200 });
      }
    });
  });
});
