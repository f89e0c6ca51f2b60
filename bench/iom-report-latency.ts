import { CommandExecutor } from '@app/event-store';
import { cohortStream, iomCohortDecider } from '@app/iom';
import type { AppContext } from '../test/support/app-context.js';
import { startApiProcess, tokenMinter, type ApiProcess } from './api-process.js';
import { withBenchApp } from './bench-app.js';
import type { Benchmark } from './benchmark.js';
import { latencyTable, measureLatency, timedGet } from './http-latency.js';

/** About 20,000 members nationally (issue 15); BENCH_IOM_MEMBERS sets another size (e.g. 2000 for a trial run). */
const MEMBERS = Number(process.env.BENCH_IOM_MEMBERS ?? 20_000);
/** 300 cohorts at full size; fewer for a small trial, about 67 members each. */
const COHORTS = Math.max(1, Math.min(300, Math.round(MEMBERS / 67)));
const PARTNERSHIPS = Math.min(43, COHORTS);
const OFFENCES_PER_MEMBER = 8;
const YEARS = 5;
const FIRST_DAY = '2021-04-01';
const SAMPLES = Number(process.env.BENCH_IOM_SAMPLES ?? 200);
const SWEEPS = Number(process.env.BENCH_IOM_SWEEPS ?? 20);
const GOALS_MS = { cohortYear: 100, nationalYear: 1000 };

const cohortId = (cohort: number) => `00000000-0000-4000-8000-${String(cohort).padStart(12, '0')}`;
const partnershipOf = (cohort: number) => `partnership-${String(cohort % PARTNERSHIPS).padStart(2, '0')}`;

/**
 * Issue 15, benchmark 3: the IOM measures at national scale. The `iom_measures` read model (members with
 * their periods, status spells and strands; offences with outcomes) is filled straight from SQL with
 * ~20,000 members on 300 cohorts in 43 partnerships, adopted over five financial years, with eight offences
 * each from a year before adoption on; the cohorts are registered through the decider (the route admits
 * a cohort from its stream). Timed over HTTP against the API process as an IOM lead of every partnership
 * (exact figures, the members each measure counts): one cohort's measures for one financial year, and a
 * national year: every cohort's measures for one financial year in one request (`GET /iom/measures`), plus
 * each partnership's per-area reoffending for the year, for information.
 */
export const iomReportLatency: Benchmark = {
  id: 'iom-report',
  title: '3a. IOM measures at national scale',
  run: ({ server, log }) =>
    withBenchApp(server, 'bench_iom_report', async ({ url, dataDir, context }) => {
      let api: ApiProcess | undefined;
      try {
        log(`filling the IOM read model with ${MEMBERS.toLocaleString('en-GB')} members on ${COHORTS} cohorts, ${YEARS} years…`);
        const seedStarted = Date.now();
        await registerCohorts(context);
        await seedReadModel(context.dataSource.query.bind(context.dataSource));
        const [{ offences }] = await context.dataSource.query('SELECT count(*)::int AS offences FROM iom_offences');
        log(`  ${Number(offences).toLocaleString('en-GB')} offences, ${((Date.now() - seedStarted) / 1000).toFixed(0)} s`);

        const partnerships = Array.from({ length: PARTNERSHIPS }, (_, i) => `partnership-${String(i).padStart(2, '0')}`);
        const lead = await (await tokenMinter(dataDir))('bench-iom-lead', ['iom-lead'], partnerships);
        api = await startApiProcess(url, dataDir, { RATE_LIMIT_PER_MINUTE: '1000000' });
        const get = timedGet(api.baseUrl, lead);
        const years = Array.from({ length: YEARS }, (_, i) => `${2021 + i}-${String(22 + i).padStart(2, '0')}`);
        const measures = (cohort: number, year: string) =>
          `/iom/cohorts/${cohortId(cohort)}/measures?financialYear=${year}&asOf=2026-09-30`;

        // The answer counts the seeded rows: one cohort-year against a direct count.
        const check = await get(measures(7 % COHORTS, '2023-24'));
        const [expected] = await context.dataSource.query(
          `SELECT count(*)::int AS members FROM iom_members
           WHERE cohort_id = $1 AND (periods->0->>'adoptedOn')::date <= '2024-03-31'
             AND ((periods->0->>'exitedOn') IS NULL OR (periods->0->>'exitedOn')::date > '2023-04-01')`,
          [cohortId(7 % COHORTS)],
        );
        const counted = (check.body.rates as { members: number }).members;
        if (counted !== expected.members)
          throw new Error(`the API's figures differ from the seeded rows: ${counted} members against ${expected.members}`);
        log(`  checked: cohort ${7 % COHORTS} 2023-24 counts ${counted} members`);
        // The national answer holds every cohort, each with the per-cohort route's figures.
        const national = (year: string) => `/iom/measures?financialYear=${year}&asOf=2026-09-30`;
        const all = (await get(national('2023-24'))).body.cohorts as { partnershipId: string; cohortId: string }[];
        const same = all.find((cohort) => cohort.cohortId === cohortId(7 % COHORTS));
        if (
          all.length !== COHORTS ||
          JSON.stringify({ ...same, partnershipId: undefined }) !== JSON.stringify({ ...check.body, partnershipId: undefined })
        )
          throw new Error(`the national answer differs: ${all.length} cohorts of ${COHORTS}, or cohort ${7 % COHORTS}'s figures`);
        log(`  checked: the national 2023-24 answer has ${all.length} cohorts, cohort ${7 % COHORTS} as its own route gives it`);

        const cohortYear = await measureLatency(
          'One cohort, one financial year (all four measures)',
          SAMPLES,
          async (i) => (await get(measures((i * 37) % COHORTS, years[i % YEARS]))).ms,
          log,
        );
        const nationalYear = await measureLatency(
          `Every cohort (${COHORTS}), one financial year (one request)`,
          SWEEPS,
          async (i) => (await get(national(years[i % YEARS]))).ms,
          log,
          2,
        );
        const areas = await measureLatency(
          'One partnership’s areas, one financial year (per-area reoffending)',
          SAMPLES,
          async (i) =>
            (await get(`/iom/areas/reoffending?partnershipId=${partnerships[i % PARTNERSHIPS]}&financialYear=${years[i % YEARS]}`)).ms,
          log,
        );
        return [
          `${MEMBERS.toLocaleString('en-GB')} members on ${COHORTS} cohorts (one area each) in ${PARTNERSHIPS} partnerships, adopted over ${YEARS} financial years from ${FIRST_DAY},`,
          `${Number(offences).toLocaleString('en-GB')} offences (${OFFENCES_PER_MEMBER} a member, from a year before adoption on; half proven); 40% exited, 20% with a custody spell;`,
          'read model filled with SQL, then `ANALYZE`. Timed over HTTP (JWT check, scope, query, the measures worked out, JSON) against the API',
          `process, as an IOM lead of every partnership (exact figures, with whom each measure counts). A cohort-year is`,
          `\`GET /iom/cohorts/:cohortId/measures?financialYear=\` (${SAMPLES} requests, one at a time); the national year is every cohort's`,
          `measures for one financial year in one request, \`GET /iom/measures?financialYear=\` (${SWEEPS} requests, one at a time; one read of`,
          'the read model for all cohorts); the per-area row is `GET /iom/areas/reoffending?partnershipId=&financialYear=`.',
          '',
          latencyTable([
            { ...cohortYear, goalMs: GOALS_MS.cohortYear },
            { ...nationalYear, goalMs: GOALS_MS.nationalYear },
            { ...areas, goalMs: null },
          ]),
        ].join('\n');
      } finally {
        await api?.stop();
      }
    }),
};

/** The cohorts the seeded rows name, registered as an IOM lead would (the measures route admits a cohort from its stream). */
async function registerCohorts({ store, codec }: AppContext): Promise<void> {
  const executor = new CommandExecutor(store, codec);
  for (let cohort = 0; cohort < COHORTS; cohort++) {
    const partnershipId = partnershipOf(cohort);
    const commandId = `00000000-0000-4000-9000-${String(cohort).padStart(12, '0')}`;
    await executor.handle(
      cohortStream(cohortId(cohort)),
      iomCohortDecider,
      (state) =>
        iomCohortDecider.decide(
          { type: 'RegisterCohort', cohortId: cohortId(cohort), partnershipId, area: `area-${cohort}`, name: `Cohort ${cohort}` },
          state,
        ),
      {
        context: {
          commandId,
          correlationId: commandId,
          causationId: commandId,
          actor: 'bench-iom-lead',
          occurredAt: `${FIRST_DAY}T00:00:00Z`,
          partnershipId,
        },
      },
    );
  }
}

/**
 * Member n is on cohort n mod COHORTS, adopted on a day spread over the five years (less the last 200
 * days); 40% exit 200-700 days later; 20% spend 90 days in custody from 60 days after adoption. Their eight
 * offences fall from 365 days before adoption to 700 after, every 133 days, not after 2026-03-31; half are
 * convicted 60 days on.
 */
async function seedReadModel(query: (sql: string, parameters?: unknown[]) => Promise<unknown>): Promise<void> {
  const span = YEARS * 365 - 200;
  const adopted = `(date '${FIRST_DAY}' + ((n * 7919) % ${span}))`;
  const cohort = `(n % ${COHORTS})`;
  const cohortIdSql = `('00000000-0000-4000-8000-' || lpad(${cohort}::text, 12, '0'))`;
  const exited = `CASE WHEN n % 5 < 2 THEN ${adopted} + 200 + (n % 500) END`;
  await query(`
    INSERT INTO iom_cohorts (cohort_id, partnership_id, area, name, strands, before_after_months)
    SELECT '00000000-0000-4000-8000-' || lpad(c::text, 12, '0'), 'partnership-' || lpad((c % ${PARTNERSHIPS})::text, 2, '0'),
           'area-' || c, 'Cohort ' || c, '["Fixed","Flex","Free"]'::jsonb, 12
    FROM generate_series(0, ${COHORTS - 1}) AS c
    ON CONFLICT (cohort_id) DO NOTHING`);
  await query(`
    INSERT INTO iom_members (offender_id, cohort_id, partnership_id, person_id, on_cohort, last_exited_on, periods, statuses, strands, erased, last_revision)
    SELECT 'offender-' || n, ${cohortIdSql}, 'partnership-' || lpad((${cohort} % ${PARTNERSHIPS})::text, 2, '0'), 'person-' || n,
           ${exited} IS NULL, ${exited},
           jsonb_build_array(jsonb_build_object('period', 1, 'adoptedOn', ${adopted}, 'exitedOn', ${exited})),
           CASE WHEN n % 5 = 4 THEN jsonb_build_array(
                  jsonb_build_object('status', 'in-community', 'custodyKind', null, 'from', ${adopted}),
                  jsonb_build_object('status', 'in-custody', 'custodyKind', 'sentenced', 'from', ${adopted} + 60),
                  jsonb_build_object('status', 'in-community', 'custodyKind', null, 'from', ${adopted} + 150))
                ELSE jsonb_build_array(jsonb_build_object('status', 'in-community', 'custodyKind', null, 'from', ${adopted})) END
             || CASE WHEN ${exited} IS NULL THEN '[]'::jsonb
                ELSE jsonb_build_array(jsonb_build_object('status', 'in-community', 'custodyKind', null, 'from', ${exited})) END,
           jsonb_build_array(jsonb_build_object('strand', (ARRAY['Fixed', 'Flex', 'Free'])[1 + n % 3], 'from', ${adopted})),
           false, 5
    FROM generate_series(0, ${MEMBERS - 1}) AS n`);
  await query(`
    INSERT INTO iom_offences (offender_id, offence_id, cohort_id, offence_date, category, neighbourhood_crime, severity_weight, during_custody, outcome, outcome_date)
    SELECT 'offender-' || n, 'offence-' || n || '-' || k, ${cohortIdSql}, ${adopted} - 365 + k * 133,
           (ARRAY['residential-burglary', 'shoplifting', 'vehicle-offences', 'criminal-damage'])[1 + (n + k) % 4], (n + k) % 4 IN (0, 2),
           (ARRAY[4, 1, 2, 1])[1 + (n + k) % 4], false,
           CASE WHEN (n + k) % 2 = 0 THEN 'convicted' END, CASE WHEN (n + k) % 2 = 0 THEN ${adopted} - 365 + k * 133 + 60 END
    FROM generate_series(0, ${MEMBERS - 1}) AS n, generate_series(0, ${OFFENCES_PER_MEMBER - 1}) AS k
    WHERE ${adopted} - 365 + k * 133 <= date '2026-03-31'`);
  await query('ANALYZE iom_cohorts, iom_members, iom_offences');
}
