import { Depersonaliser } from '@app/access';
import { DEFAULT_VICTIM_SERVICES_SETTINGS, DistanceTravelledReader, QuarterlyTableReader, VictimReportsReader } from '@app/victim-services';
import { withBenchApp } from './bench-app.js';
import type { Benchmark } from './benchmark.js';
import { table } from './report.js';
import { percentile } from './workload.js';

/** Issue 13's national scale by default: about 300 services, five years, 150,000 cases. Try it small: BENCH_VS_CASES=3000 BENCH_VS_SERVICES=10. */
const SERVICES = Number(process.env.BENCH_VS_SERVICES ?? 300);
const CASES = Number(process.env.BENCH_VS_CASES ?? 150_000);
const SAMPLES = Number(process.env.BENCH_VS_SAMPLES ?? 300);
const YEARS = ['2021-22', '2022-23', '2023-24', '2024-25', '2025-26'];
const GOAL_MS = 50;

/**
 * Issue 13, benchmark 3: the quarterly table of one service-year at national scale. vs_cases, vs_contacts,
 * vs_reports, vs_outcome_scores and vs_person_merges are filled straight from SQL, one INSERT ... SELECT each (the table
 * reads only them; a merged person record in a hundred, so the reader follows merges): each case has
 * its referral and, for a third, a further report; four contacts; Outcome Star scores; most are closed with
 * a survey. Timed in process through the reader the query handler calls (`QuarterlyTableReader.read`: the
 * SQL and the table's computation; the handler adds two short stream reads, the service and its settings).
 */
export const victimServicesTable: Benchmark = {
  id: 'vs-table',
  title: '3c. Victim-services quarterly table at national scale',
  run: ({ server, log }) =>
    withBenchApp(server, 'bench_vs_table', async ({ context }) => {
      const query = context.dataSource.query.bind(context.dataSource);
      log(
        `filling the victim-services read models with ${CASES.toLocaleString('en-GB')} cases, ${SERVICES} services, ${YEARS.length} years…`,
      );
      const started = Date.now();
      await query(
        `INSERT INTO vs_cases (case_id, service_id, partnership_id, person_id, referral_date, route, referring_partner, asb_category,
           first_needs_assessed_on, first_high_risk_on, risk_level, last_risk_assessed_on, last_contact_on, closed_on, closure_reason,
           survey_status, survey_answers, last_report_on, repeat_reports, last_revision)
         SELECT 'c' || i, 's' || (i % $2), 'p' || (i % $2 / 5), 'v' || (i % ($1 * 8 / 10)),
                DATE '2021-04-01' + (i * 1826 / $1)::int, CASE WHEN i % 10 = 0 THEN 'self' ELSE 'partner' END,
                CASE WHEN i % 10 = 0 THEN NULL ELSE 'police' END, 'personal',
                DATE '2021-04-02' + (i * 1826 / $1)::int, CASE WHEN i % 3 = 0 THEN DATE '2021-04-02' + (i * 1826 / $1)::int END,
                CASE WHEN i % 3 = 0 THEN 'high' ELSE 'standard' END, DATE '2021-04-02' + (i * 1826 / $1)::int,
                DATE '2021-04-20' + (i * 1826 / $1)::int,
                CASE WHEN i % 5 <> 0 THEN DATE '2021-06-01' + (i * 1826 / $1)::int + (i % 60) END, 'planned-exit',
                CASE WHEN i % 5 <> 0 THEN 'completed' END,
                CASE WHEN i % 5 <> 0 THEN '{"needsMet":"yes","improvedWellbeing":"yes","satisfiedWithService":"yes","satisfiedWithPoliceOrCouncil":"no","reducedRisk":"yes"}'::jsonb END,
                DATE '2021-04-01' + (i * 1826 / $1)::int, 0, 9
         FROM generate_series(1, $1) AS i`,
        [CASES, SERVICES],
      );
      await query(
        `INSERT INTO vs_contacts (case_id, contact_id, service_id, person_id, contact_date, kind)
         SELECT case_id, 'x' || k, service_id, person_id, referral_date + 2 + 5 * k,
                (ARRAY['call-attempted','call-contact-achieved','home-visit','joint-visit'])[k + 1]
         FROM vs_cases, generate_series(0, 3) AS k`,
      );
      await query(
        `INSERT INTO vs_reports (case_id, report_id, service_id, partnership_id, person_id, reported_on)
         SELECT case_id, 'referral', service_id, partnership_id, person_id, referral_date FROM vs_cases
         UNION ALL
         SELECT case_id, 'r1', service_id, partnership_id, person_id, referral_date + 30 FROM vs_cases WHERE right(case_id, 1) IN ('1','4','7')`,
      );
      await query(
        `INSERT INTO vs_outcome_scores (case_id, service_id, first_scored_on, first_scores, last_scored_on, last_scores, scorings, last_revision)
         SELECT case_id, service_id, referral_date + 1, '{"safety":3,"housing":5}'::jsonb, closed_on, '{"safety":7,"housing":5}'::jsonb,
                CASE WHEN closed_on IS NULL THEN 1 ELSE 2 END, 9
         FROM vs_cases`,
      );
      // One person record in a hundred is merged into another (the reader follows vs_person_merges for every table).
      await query(
        `INSERT INTO vs_person_merges (partnership_id, person_id, merged_into, last_revision)
         SELECT partnership_id, person_id, 'm' || substr(case_id, 2), 0 FROM vs_cases WHERE substr(case_id, 2)::int % 100 = 0
         ON CONFLICT (partnership_id, person_id) DO NOTHING`,
      );
      await query('ANALYZE');
      const seedSeconds = (Date.now() - started) / 1000;
      log(`  seeded in ${seedSeconds.toFixed(1)} s (${Math.round(CASES / seedSeconds).toLocaleString('en-GB')} cases/s, bulk SQL)`);

      const dataSource = context.dataSource;
      const reader = new QuarterlyTableReader(
        dataSource,
        // The exact view (a service manager): the depersonaliser only gives the small-count threshold.
        new Depersonaliser({ pseudonymFor: (id: string) => id } as never, { smallCountThreshold: 5 } as never),
        new VictimReportsReader(dataSource),
        new DistanceTravelledReader(dataSource),
      );
      const manager = { id: 'bench-manager', roles: ['service-manager' as const], partnerships: [] };
      const read = (service: number, year: string) =>
        reader.read(
          manager,
          { serviceId: `s${service}`, partnershipId: `p${Math.floor(service / 5)}`, name: `s${service}` },
          year,
          DEFAULT_VICTIM_SERVICES_SETTINGS,
        );
      const check = await read(7, '2023-24');
      const [{ n }] = await query(
        `SELECT count(*)::int AS n FROM vs_cases WHERE service_id = 's7' AND referral_date BETWEEN '2023-04-01' AND '2024-03-31'`,
      );
      const newReferrals = check.rows.find((r) => r.name === 'new_referrals')!.year.value;
      if (newReferrals !== n) throw new Error(`the table's new referrals (${String(newReferrals)}) differ from the seeded rows (${n})`);
      log(`  checked: s7 2023-24 ${n} new referrals`);
      for (let i = 0; i < 20; i++) await read(i % SERVICES, YEARS[i % YEARS.length]);
      const latencies: number[] = [];
      for (let i = 0; i < SAMPLES; i++) {
        const t = performance.now();
        await read((i * 7919) % SERVICES, YEARS[i % YEARS.length]);
        latencies.push(performance.now() - t);
      }
      const p50 = percentile(latencies, 50);
      const p95 = percentile(latencies, 95);
      return (
        `${CASES.toLocaleString('en-GB')} cases over ${SERVICES} services and ${YEARS.length} years (seeded in ${seedSeconds.toFixed(1)} s by bulk SQL); ${SAMPLES} tables of one service-year, one at a time.\n\n` +
        table(
          ['measure', 'ms', 'goal'],
          [
            ['p50', p50.toFixed(1), ''],
            ['p95', p95.toFixed(1), `< ${GOAL_MS} (${p95 < GOAL_MS ? 'met' : 'missed'})`],
          ],
          ['l', 'r', 'l'],
        )
      );
    }),
};
