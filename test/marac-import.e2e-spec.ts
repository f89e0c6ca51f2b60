import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer } from '@app/access';
import { CommandExecutor, EVENT_STORE, streamName, type EventStore } from '@app/event-store';
import { MARAC_PANEL_STREAM_CATEGORY, maracContext, maracEventTypes, maracPanelDecider } from '@app/marac';
import { ProcessManagersService } from '@app/kit';
import { ProjectionsService } from '@app/projections';
import { openTestPlatform, startTestApp, type TestApp, type TestPlatform } from '@app/testing';
import { boundedContexts } from '@app/contexts';
import { registerTestMarac } from './support/marac-registration.js';
import { repoRoot, runToEnd } from './support/processes.js';

/**
 * Issue 11, item 7, over HTTP: a partnership's MARAC history imported from a CSV (`POST /imports/marac`,
 * admins) with good rows, a person written two ways (the same person: their second referral within 12
 * months about the same perpetrator is a repeat), a row with an impossible date, a row repeated and a row
 * of a MARAC not registered. The report names the refused rows (by number, without personal data); a dry
 * run writes nothing; a second run adds nothing.
 */
const PARTNERSHIP = 'csp-import';
const MARAC = 'marac-import';

const HEADER =
  'referral_date,marac,referring_agency,criterion,victim_name,victim_dob,sex,ethnicity,victim_age,disabled,lgbt_plus,children,' +
  'perpetrator_name,perpetrator_dob,relationship,hearing_dates,hearing_agencies';
const CSV = [
  HEADER,
  // 2: a first referral, heard once.
  `2024-04-10,${MARAC},police,professional-judgement,Imported Victim One,1990-01-02,female,not-known,34,no,,1,Imported Perp One,1988-05-05,ex-partner,2024-04-24,police;idva`,
  // 3: another victim, on the UK date form, heard at the same meeting.
  `01/04/2024,${MARAC},idva,professional-judgement,Imported Victim Two,,female,not-known,40,,,0,Imported Perp Two,,partner,24/04/2024,`,
  // 4: victim one again, written otherwise (the same person), about the same perpetrator: a repeat of row 2.
  `2024-09-01,${MARAC},health,professional-judgement,"  IMPORTED victim   one ",1990-01-02,female,not-known,34,no,,1,imported perp one,1988-05-05,ex-partner,2024-09-18,`,
  // 5: an impossible date.
  `31/02/2024,${MARAC},police,professional-judgement,Imported Victim Three,,female,not-known,22,,,,Imported Perp Three,,partner,,`,
  // 6: row 3 repeated.
  `01/04/2024,${MARAC},idva,professional-judgement,Imported Victim Two,,female,not-known,40,,,0,Imported Perp Two,,partner,24/04/2024,`,
  // 7: a MARAC that is not registered.
  `2024-05-01,marac-nowhere,police,professional-judgement,Imported Victim Four,,female,not-known,50,,,,Imported Perp Four,,partner,,`,
].join('\r\n');

const expectedRefusals = [
  { row: 5, reason: 'referral_date is not a date of the calendar (YYYY-MM-DD or DD/MM/YYYY).' },
  { row: 6, reason: 'A duplicate of row 3: the same referral is imported once.' },
  { row: 7, reason: 'There is no such MARAC.' },
];

describe('importing a MARAC history over HTTP', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let admin: string;
  let coordinator: string;
  const importCsv = (query = '', csv = CSV, as = () => admin) =>
    request(server).post(`/imports/marac${query}`).set('Authorization', as()).send({ partnershipId: PARTNERSHIP, csv });
  const get = (path: string) => request(server).get(path).set('Authorization', coordinator);
  const rowsIn = async (table: string) =>
    (await harness.app.get(DataSource).query<[{ n: number }]>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  const eventsInLog = async () => (await harness.app.get<EventStore>(EVENT_STORE).readAll({ maxCount: 100_000 })).events.length;
  const settled = async () => {
    await harness.app.get(ProcessManagersService).waitUntilCaughtUp();
    await harness.app.get(ProjectionsService).waitUntilCaughtUp();
  };

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts);
    server = harness.app.getHttpServer();
    await registerTestMarac(harness.app, MARAC, PARTNERSHIP);
    admin = await bearer(harness.app, { id: 'import-admin', roles: ['admin'], partnerships: [PARTNERSHIP] });
    coordinator = await bearer(harness.app, { id: 'import-coordinator', roles: ['coordinator'], partnerships: [PARTNERSHIP] });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('is for admins of the partnership only, and refuses a file that is not a MARAC history (400, nothing written)', async () => {
    await importCsv('', CSV, () => coordinator).expect(403);
    const other = await bearer(harness.app, { id: 'other-admin', roles: ['admin'], partnerships: ['csp-elsewhere'] });
    await importCsv('', CSV, () => other).expect(404);
    const before = await eventsInLog();
    const bad = await importCsv('', 'name,notes\nJane,secret').expect(400);
    expect(bad.body.detail).toMatch(/missing referral_date, .*unknown name, notes/);
    expect(JSON.stringify(bad.body)).not.toMatch(/Jane|secret/);
    await importCsv('?dryRun=perhaps').expect(400);
    expect(await eventsInLog()).toBe(before);
  });

  it('a dry run checks and matches every row and writes nothing', async () => {
    const before = await eventsInLog();
    const searchRowsBefore = await rowsIn('people_search_tokens');
    const keysBefore = await rowsIn('subject_keys');
    const dry = await importCsv('?dryRun=true').expect(200);
    // Two rows name one new person: the dry run keeps the person its first row registers, so the repeat shows as it will when imported.
    expect(dry.body).toEqual({ dryRun: true, rows: 6, imported: 3, alreadyImported: 0, repeats: 1, refused: expectedRefusals });
    expect(await eventsInLog()).toBe(before);
    // Nothing anywhere else either: no search-index row, no subject key for the people it registered in memory.
    expect(await rowsIn('people_search_tokens')).toBe(searchRowsBefore);
    expect(await rowsIn('subject_keys')).toBe(keysBefore);
  });

  it('imports the good rows through the same commands, matching the person written two ways, and reports every refused row', async () => {
    const first = await importCsv().expect(200);
    expect(first.body).toEqual({ dryRun: false, rows: 6, imported: 3, alreadyImported: 0, repeats: 1, refused: expectedRefusals });
    expect(JSON.stringify(first.body)).not.toMatch(/Imported (Victim|Perp)/i);
    await settled();

    const list = await get(`/maracs/${MARAC}/cases?status=all&asOf=2024-12-31`).expect(200);
    expect(list.body.total).toBe(3);
    const byDate = Object.fromEntries(list.body.items.map((item: { referralDate: string }) => [item.referralDate, item]));
    expect(Object.keys(byDate).sort()).toEqual(['2024-04-01', '2024-04-10', '2024-09-01']);
    // The same person, so the later referral repeats the earlier.
    expect(byDate['2024-09-01'].victimPersonId).toBe(byDate['2024-04-10'].victimPersonId);
    expect(byDate['2024-04-01'].victimPersonId).not.toBe(byDate['2024-04-10'].victimPersonId);
    const repeat = await get(`/marac/cases/${byDate['2024-09-01'].caseId}`).expect(200);
    expect(repeat.body).toMatchObject({ isRepeat: true, previousCaseId: byDate['2024-04-10'].caseId, victimName: 'IMPORTED victim   one' });
    // Hearings: one meeting per MARAC and date (rows 2 and 3 share the 24 April one).
    const heard = await get(`/marac/cases/${byDate['2024-04-01'].caseId}`).expect(200);
    const [listing] = heard.body.listings as { meetingId: string; meetingDate: string }[];
    expect(listing.meetingDate).toBe('2024-04-24');
    const firstCase = await get(`/marac/cases/${byDate['2024-04-10'].caseId}`).expect(200);
    expect((firstCase.body.listings as { meetingId: string }[])[0].meetingId).toBe(listing.meetingId);

    // The figures follow: two cases heard in Q1 of 2024-25, one (a repeat) in Q2.
    expect((await get(`/maracs/${MARAC}/repeat-rate?quarter=2024-25-Q1`).expect(200)).body).toMatchObject({ cases: 2, repeatCases: 0 });
    expect((await get(`/maracs/${MARAC}/repeat-rate?quarter=2024-25-Q2`).expect(200)).body).toMatchObject({ cases: 1, repeatCases: 1 });
  });

  it('a second run adds nothing and reports the same refusals', async () => {
    const before = await eventsInLog();
    const again = await importCsv().expect(200);
    expect(again.body).toEqual({ dryRun: false, rows: 6, imported: 0, alreadyImported: 3, repeats: 1, refused: expectedRefusals });
    await settled();
    expect(await eventsInLog()).toBe(before);
    expect((await get(`/maracs/${MARAC}/cases?status=all`).expect(200)).body.total).toBe(3);
  });

  it('is audited: who imported, for which partnership, about whom', async () => {
    const auditor = await bearer(harness.app, { id: 'import-auditor', roles: ['auditor'], partnerships: [PARTNERSHIP] });
    const audit = await request(server).get('/audit?user=import-admin').set('Authorization', auditor).expect(200);
    const entries = audit.body.items as {
      route: string;
      recordKind: string;
      partnershipId: string;
      subjectIds: string[];
    }[];
    // Every import of the file (the 400 of a bad file too); a query refused by validation names no partnership.
    const imports = entries.filter(
      (entry) => entry.route?.includes('/imports/marac') && entry.recordKind === 'marac_import' && entry.partnershipId === PARTNERSHIP,
    );
    expect(imports.length).toBeGreaterThanOrEqual(4);
    // The people the rows concern (victims and perpetrators, each person once).
    expect(Math.max(...imports.map((entry) => entry.subjectIds.length))).toBeGreaterThanOrEqual(4);
  });
});

/** `npm run import -- marac FILE`: the same use case from the command line, with its report file. */
describe('npm run import', () => {
  let platform: TestPlatform;
  let dataDir: string;
  const run = (...args: string[]) =>
    runToEnd([process.execPath, path.join(repoRoot, 'dist/apps/cli/src/import.js'), ...args], {
      env: { DATABASE_URL: platform.url, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    });

  beforeAll(async () => {
    platform = await openTestPlatform({
      migrations: [...maracContext.migrations],
      entities: [...maracContext.entities],
      eventTypes: maracEventTypes,
    });
    dataDir = await mkdtemp(path.join(tmpdir(), 'safer-panels-import-'));
    const commandId = randomUUID();
    await new CommandExecutor(platform.store, platform.codec).handle(
      streamName(MARAC_PANEL_STREAM_CATEGORY, MARAC),
      maracPanelDecider,
      (state) =>
        maracPanelDecider.decide({ type: 'RegisterPanel', panelId: MARAC, partnershipId: PARTNERSHIP, name: 'Import MARAC' }, state),
      {
        context: { commandId, correlationId: commandId, causationId: commandId, actor: 'test-admin', occurredAt: new Date().toISOString() },
      },
    );
  });
  afterAll(async () => {
    await platform?.dispose();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('imports a file with a progress bar, writes the report of refused rows, adds nothing the second time; a dry run writes nothing', async () => {
    const file = path.join(dataDir, 'history.csv');
    await writeFile(file, CSV);
    const events = async () => (await platform.store.readAll({ maxCount: 100_000 })).events.length;

    const dry = await run('marac', file, '--partnership', PARTNERSHIP, '--dry-run', '--report', path.join(dataDir, 'dry.json'));
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/dry run \(nothing written\): 6 rows: 3 imported, 0 already imported, 3 refused/);
    expect(await events()).toBe(1);

    const first = await run('marac', file, '--partnership', PARTNERSHIP);
    expect(first.code).toBe(0);
    expect(first.output).toMatch(/importing \[.*\] 100% \| 6\/6 rows/);
    expect(first.stdout).toMatch(/6 rows: 3 imported, 0 already imported, 3 refused \(1 repeats\); report: .*history\.csv\.report\.json/);
    const report = JSON.parse(await readFile(`${file}.report.json`, 'utf8')) as { refused: unknown[] };
    expect(report).toMatchObject({ partnershipId: PARTNERSHIP, dryRun: false, rows: 6, imported: 3, refused: expectedRefusals });
    expect(JSON.stringify(report)).not.toMatch(/Imported (Victim|Perp)/i);
    const written = await events();
    expect(written).toBeGreaterThan(1);

    const second = await run('marac', file, '--partnership', PARTNERSHIP);
    expect(second.stdout).toMatch(/6 rows: 0 imported, 3 already imported, 3 refused/);
    expect(await events()).toBe(written);
  }, 120_000);

  it('prints its usage, exit 1, when the arguments are wrong', async () => {
    const wrong = await run('asb', 'file.csv');
    expect(wrong.code).toBe(1);
    expect(wrong.output).toMatch(/usage: npm run import -- marac FILE --partnership ID/);
    const noPartnership = await run('marac', 'file.csv');
    expect(noPartnership.output).toMatch(/--partnership is required/);
  });
});
