import { CommandExecutor, streamName } from '@app/event-store';
import { MARAC_PANEL_STREAM_CATEGORY, maracPanelDecider } from '@app/marac';
import type { AppContext } from '../test/support/app-context.js';
import { startApiProcess, tokenMinter, type ApiProcess } from './api-process.js';
import { withBenchApp } from './bench-app.js';
import type { Benchmark } from './benchmark.js';
import { latencyTable, measureLatency, timedGet } from './http-latency.js';

const MARACS = 280;
/** Police force areas of England and Wales; each partnership runs several MARACs. */
const PARTNERSHIPS = 43;
const CASES = Number(process.env.BENCH_REPORT_CASES ?? 600_000);
const YEARS = 5;
const FIRST_DAY = '2021-04-01';
const SAMPLES = Number(process.env.BENCH_REPORT_SAMPLES ?? 500);
const GOALS_MS = { quarter: 50, national: 500 };

const partnershipOf = (marac: number) => `partnership-${String(marac % PARTNERSHIPS).padStart(2, '0')}`;
const maracName = (marac: number) => `marac-${String(marac).padStart(3, '0')}`;

/**
 * Issue 5, benchmark 3: the repeat-rate query at national scale. The read models (case list, meetings,
 * report cases and hearings) are filled with ~600,000 cases over five financial years across 280 MARACs
 * in 43 partnerships straight from SQL: the query reads only these tables, and a write through the
 * deciders at this size would take most of an hour. The repeat rate comes out near SafeLives' band (see
 * seedReadModels). Latency is timed
 * over HTTP against the API process, as an analyst sees it, with one request at a time.
 */
export const reportLatency: Benchmark = {
  id: 'report',
  title: '3. Report latency at national scale',
  run: ({ server, log }) =>
    withBenchApp(server, 'bench_report', async ({ url, dataDir, context }) => {
      let api: ApiProcess | undefined;
      try {
        log(`filling the read models with ${CASES.toLocaleString('en-GB')} cases, ${MARACS} MARACs, ${YEARS} years…`);
        const seedStarted = Date.now();
        await seedReadModels(context.dataSource.query.bind(context.dataSource));
        await registerMaracs(context);
        const [{ hearings }] = await context.dataSource.query('SELECT count(*)::int AS hearings FROM marac_report_hearings');
        log(`  ${Number(hearings).toLocaleString('en-GB')} hearings, ${((Date.now() - seedStarted) / 1000).toFixed(0)} s`);

        const partnerships = Array.from({ length: PARTNERSHIPS }, (_, i) => `partnership-${String(i).padStart(2, '0')}`);
        const analyst = await (await tokenMinter(dataDir))('bench-analyst', ['analyst'], partnerships);
        // One analyst sends a thousand requests back to back: above the per-user rate limit meant for people.
        api = await startApiProcess(url, dataDir, { RATE_LIMIT_PER_MINUTE: '1000000' });
        const get = timedGet(api.baseUrl, analyst);

        // The answers are the seeded figures: one MARAC-quarter and one national year against direct counts.
        const check = await get(`/maracs/${maracName(7)}/repeat-rate?quarter=2024-25-Q2`);
        const [expected] = await context.dataSource.query(
          `SELECT count(*)::int AS cases, count(*) FILTER (WHERE as_repeat)::int AS repeats FROM marac_report_hearings
           WHERE marac_id = $1 AND heard_on BETWEEN '2024-07-01' AND '2024-09-30'`,
          [maracName(7)],
        );
        const national = await get('/maracs/repeat-rates?quarter=2024-25-Q2');
        const [expectedNational] = await context.dataSource.query(
          `SELECT count(*)::int AS cases FROM marac_report_hearings WHERE heard_on BETWEEN '2024-07-01' AND '2024-09-30'`,
        );
        if (
          check.body.cases !== expected.cases ||
          check.body.repeatCases !== expected.repeats ||
          national.body.cases !== expectedNational.cases
        ) {
          throw new Error(
            `the API's figures differ from the seeded rows: ${JSON.stringify({ check: check.body, expected, national: national.body.cases, expectedNational })}`,
          );
        }
        log(
          `  checked: ${maracName(7)} 2024-25 Q2 ${expected.cases} cases heard, ${expected.repeats} repeats; national ${expectedNational.cases}`,
        );

        const years = Array.from({ length: YEARS }, (_, i) => `${2021 + i}-${String(22 + i).padStart(2, '0')}`);
        const measure = (label: string, next: (i: number) => string) =>
          measureLatency(label, SAMPLES, async (i) => (await get(next(i))).ms, log);
        const quarter = await measure(
          'One MARAC, one quarter',
          (i) => `/maracs/${maracName((i * 37) % MARACS)}/repeat-rate?quarter=${years[i % YEARS]}-Q${1 + (i % 4)}`,
        );
        const year = await measure('All MARACs, one financial year', (i) => {
          const start = 2021 + (i % YEARS);
          return `/maracs/repeat-rates?from=${start}-04-01&to=${start + 1}-03-31`;
        });
        const [{ maracs }] = await context.dataSource.query('SELECT count(DISTINCT marac_id)::int AS maracs FROM marac_report_hearings');
        return [
          `${CASES.toLocaleString('en-GB')} cases referred over ${YEARS} financial years from ${FIRST_DAY} (${(CASES / YEARS).toLocaleString('en-GB')} a year) to ${maracs} MARACs in`,
          `${PARTNERSHIPS} partnerships, ${Number(hearings).toLocaleString('en-GB')} hearings; read models filled with SQL, then \`ANALYZE\`. ${SAMPLES} requests of each kind, one at`,
          'a time, timed over HTTP (JWT check, scope, query, JSON) against the API process, as an analyst holding all 43 partnerships',
          '(small counts suppressed). A MARAC-quarter is `GET /maracs/:maracId/repeat-rate?quarter=`, the national year',
          '`GET /maracs/repeat-rates?from=&to=` (every MARAC against its band, and the total).',
          '',
          latencyTable([
            { ...quarter, goalMs: GOALS_MS.quarter },
            { ...year, goalMs: GOALS_MS.national },
          ]),
        ].join('\n');
      } finally {
        await api?.stop();
      }
    }),
};

/** The MARACs the seeded rows name, registered as an admin would (reports about an unregistered MARAC are a 404). */
async function registerMaracs({ store, codec }: AppContext): Promise<void> {
  const executor = new CommandExecutor(store, codec);
  for (let marac = 0; marac < MARACS; marac++) {
    const [panelId, partnershipId] = [maracName(marac), partnershipOf(marac)];
    const commandId = `00000000-0000-4000-8000-${String(marac).padStart(12, '0')}`;
    await executor.handle(
      streamName(MARAC_PANEL_STREAM_CATEGORY, panelId),
      maracPanelDecider,
      (state) => maracPanelDecider.decide({ type: 'RegisterPanel', panelId, partnershipId, name: panelId }, state),
      {
        context: {
          commandId,
          correlationId: commandId,
          causationId: commandId,
          actor: 'bench-admin',
          occurredAt: `${FIRST_DAY}T00:00:00Z`,
          partnershipId,
        },
      },
    );
  }
}

/**
 * Case n goes to MARAC n mod 280 as that MARAC's k-th case (k = n div 280), referred on a day spread
 * evenly over the five years by k; its MARAC meets every two weeks on its own weekday and hears the case at
 * the first meeting at least a week after referral. A quarter of each MARAC's cases are repeat referrals
 * (heard as repeats) and 15% are heard again as repeats four weeks on.
 */
async function seedReadModels(query: (sql: string, parameters?: unknown[]) => Promise<unknown>): Promise<void> {
  const perMarac = Math.ceil(CASES / MARACS);
  const k = `(n / ${MARACS})`;
  const day = `(${k} * ${YEARS * 365} / ${perMarac})`;
  const days = `(date '${FIRST_DAY}' + ${day})`;
  const slot = `((n % ${MARACS}) % 14)`;
  const marac = `('marac-' || lpad((n % ${MARACS})::text, 3, '0'))`;
  const partnership = `('partnership-' || lpad(((n % ${MARACS}) % ${PARTNERSHIPS})::text, 2, '0'))`;
  const heard = `(date '${FIRST_DAY}' + ${slot} + 14 * ceil((${day} + 7 - ${slot}) / 14.0)::int)`;
  const repeatReferral = `(${k} % 4 = 0)`;
  await query(`
    INSERT INTO marac_case_list (case_id, marac_id, partnership_id, victim_person_id, referral_date, referring_agency, criterion, status, is_repeat, risk_band, last_revision)
    SELECT 'case-' || n, ${marac}, ${partnership}, 'victim-' || n, ${days}, CASE WHEN n % 3 = 0 THEN 'idva' ELSE 'police' END, 'visible-high-risk',
           CASE WHEN ${k} % 5 = 0 THEN 'open' ELSE 'closed' END, ${repeatReferral}, 'high', 3
    FROM generate_series(0, ${CASES - 1}) AS n`);
  await query(`
    INSERT INTO marac_report_cases (case_id, marac_id, partnership_id, referral_date, referring_agency, criterion, repeat_referral, sex, age_band,
      aged_16_17, ethnicity, disabled, lgbt_plus, children_in_household)
    SELECT 'case-' || n, ${marac}, ${partnership}, ${days}, CASE WHEN n % 3 = 0 THEN 'idva' ELSE 'police' END, 'visible-high-risk', ${repeatReferral},
           CASE WHEN ${k} % 20 = 7 THEN 'male' ELSE 'female' END, '25-34', ${k} % 50 = 1, 'white', ${k} % 7 = 2, ${k} % 30 = 3, n % 3
    FROM generate_series(0, ${CASES - 1}) AS n`);
  await query(`
    INSERT INTO marac_report_hearings (case_id, meeting_id, marac_id, partnership_id, heard_on, as_repeat, risk_band, agencies_present)
    SELECT 'case-' || n, ${marac} || '-' || ${heard}, ${marac}, ${partnership}, ${heard}, ${repeatReferral}, 'high', ARRAY['police', 'idva', 'health']
    FROM generate_series(0, ${CASES - 1}) AS n
    UNION ALL
    SELECT 'case-' || n, ${marac} || '-' || (${heard} + 28), ${marac}, ${partnership}, ${heard} + 28, true, 'high', ARRAY['police', 'idva']
    FROM generate_series(0, ${CASES - 1}) AS n WHERE ${k} % 20 IN (1, 6, 11)`);
  await query(`
    INSERT INTO marac_meetings (meeting_id, marac_id, partnership_id, meeting_date, status, last_revision)
    SELECT DISTINCT meeting_id, marac_id, partnership_id, heard_on, 'held', 1 FROM marac_report_hearings`);
  await query('ANALYZE marac_case_list, marac_report_cases, marac_report_hearings, marac_meetings');
}
