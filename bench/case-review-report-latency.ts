import { startApiProcess, tokenMinter, type ApiProcess } from './api-process.js';
import { withBenchApp } from './bench-app.js';
import type { Benchmark } from './benchmark.js';
import { latencyTable, measureLatency, timedGet } from './http-latency.js';

/** About 3,000 applications a year across 300 areas (issue 14); BENCH_CASE_REVIEW_PER_YEAR sets another size. */
const PER_YEAR = Number(process.env.BENCH_CASE_REVIEW_PER_YEAR ?? 3000);
const AREAS = 300;
const YEARS = 5;
const APPLICATIONS = PER_YEAR * YEARS;
/** Five financial years, the last one ending after today's date so that the log has open and overdue applications. */
const FIRST_DAY = '2022-04-01';
const SAMPLES = Number(process.env.BENCH_CASE_REVIEW_SAMPLES ?? 500);
const GOAL_MS = 50;

const partnershipName = (area: number) => `partnership-${String(area).padStart(3, '0')}`;

/**
 * Issue 14, benchmark 3: the Case Review log and the statutory figures at national scale. The read models
 * (applications, stages done, recommendations) are filled straight from SQL: ~3,000 applications a year
 * across 300 areas (each its own partnership: the figures and the log are per partnership) over five
 * financial years, with acknowledgements, threshold decisions (a third not met, some reviewed at
 * discretion), reviews with recommendations, outcomes, escalations, and the latest applications still open
 * (some overdue). Timed over HTTP against the API process, one request at a time: the four figures (and the
 * rest of the figures answer) for one area's financial year as an analyst, and the log's first page
 * (overdue first) as the area's single point of contact.
 */
export const caseReviewReportLatency: Benchmark = {
  id: 'case-review-report',
  title: '3b. ASB Case Review log and figures at national scale',
  run: ({ server, log }) =>
    withBenchApp(server, 'bench_case_review_report', async ({ url, dataDir, context }) => {
      let api: ApiProcess | undefined;
      try {
        log(
          `filling the Case Review read models with ${APPLICATIONS.toLocaleString('en-GB')} applications, ${AREAS} areas, ${YEARS} years…`,
        );
        const seedStarted = Date.now();
        const query = context.dataSource.query.bind(context.dataSource);
        await seedReadModels(query);
        const [{ stages, recommendations }] = await query(
          'SELECT (SELECT count(*)::int FROM case_review_stages) AS stages, (SELECT count(*)::int FROM case_review_recommendations) AS recommendations',
        );
        log(
          `  ${stages.toLocaleString('en-GB')} stages, ${recommendations.toLocaleString('en-GB')} recommendations, ${((Date.now() - seedStarted) / 1000).toFixed(0)} s`,
        );
        for (const line of await query(
          `EXPLAIN SELECT count(*) FROM case_review_stages WHERE partnership_id = 'partnership-007' AND done_on BETWEEN '2024-04-01' AND '2025-03-31'`,
        ))
          log(`  plan: ${line['QUERY PLAN']}`);

        const partnerships = Array.from({ length: AREAS }, (_, i) => partnershipName(i));
        const mint = await tokenMinter(dataDir);
        const analyst = await mint('bench-cr-analyst', ['analyst'], partnerships);
        const spoc = await mint('bench-cr-spoc', ['asb-caseworker'], partnerships);
        api = await startApiProcess(url, dataDir, { RATE_LIMIT_PER_MINUTE: '1000000' });
        const asAnalyst = timedGet(api.baseUrl, analyst);
        const asSpoc = timedGet(api.baseUrl, spoc);
        const years = Array.from({ length: YEARS }, (_, i) => `${2022 + i}-${String(23 + i).padStart(2, '0')}`);

        // The answer counts the seeded rows: one area's year against direct counts.
        const check = await asAnalyst(`/case-reviews/figures?partnershipId=${partnershipName(7)}&financialYear=2024-25`);
        const [expected] = await query(
          `SELECT count(*) FILTER (WHERE received_on BETWEEN '2024-04-01' AND '2025-03-31')::int AS applications,
                  count(*) FILTER (WHERE review_held_on BETWEEN '2024-04-01' AND '2025-03-31')::int AS reviews
           FROM case_review_applications WHERE partnership_id = $1`,
          [partnershipName(7)],
        );
        if (check.body.applications !== expected.applications || check.body.reviewsCarriedOut !== expected.reviews)
          throw new Error(`the API's figures differ from the seeded rows: ${JSON.stringify({ figures: check.body, expected })}`);
        log(`  checked: ${partnershipName(7)} 2024-25 ${expected.applications} applications, ${expected.reviews} reviews`);

        const figures = await measureLatency(
          'One area, one financial year: the statutory figures',
          SAMPLES,
          async (i) =>
            (await asAnalyst(`/case-reviews/figures?partnershipId=${partnershipName((i * 37) % AREAS)}&financialYear=${years[i % YEARS]}`))
              .ms,
          log,
        );
        const logPage = await measureLatency(
          'One area: the log, first page (overdue first)',
          SAMPLES,
          async (i) => (await asSpoc(`/case-reviews?partnershipId=${partnershipName((i * 53) % AREAS)}`)).ms,
          log,
        );
        return [
          `${APPLICATIONS.toLocaleString('en-GB')} applications (${PER_YEAR.toLocaleString('en-GB')} a year) over ${YEARS} financial years from ${FIRST_DAY} across ${AREAS} areas`,
          `(each its own partnership), ${stages.toLocaleString('en-GB')} stages done, ${recommendations.toLocaleString('en-GB')} recommendations; read models filled with SQL, then`,
          `\`ANALYZE\`. ${SAMPLES} requests of each kind, one at a time, timed over HTTP (JWT check, scope, query, JSON) against the API process:`,
          '`GET /case-reviews/figures?partnershipId=&financialYear=` as an analyst, `GET /case-reviews?partnershipId=` (50 a page) as the',
          'single point of contact.',
          '',
          latencyTable([
            { ...figures, goalMs: GOAL_MS },
            { ...logPage, goalMs: GOAL_MS },
          ]),
        ].join('\n');
      } finally {
        await api?.stop();
      }
    }),
};

/**
 * Application n is area n mod 300's, received on a day spread over the five years; acknowledged 7 days on,
 * decided 20 days on; a third do not meet the threshold, and a quarter of those are reviewed at discretion;
 * a review 25 days after the decision with n mod 4 recommendations; the outcome 5 days later; a tenth of
 * the refusals escalated (a third of those overturned). Applications of the last 60 days of the five years
 * are still at the threshold stage, due 15 days after receipt (the earlier of them overdue on the day run).
 */
async function seedReadModels(query: (sql: string, parameters?: unknown[]) => Promise<unknown>): Promise<void> {
  const span = YEARS * 365;
  const received = `(date '${FIRST_DAY}' + ((n::bigint * 7919) % ${span})::int)`;
  const open = `(((n::bigint * 7919) % ${span}) >= ${span - 60})`;
  const met = `(n % 3 <> 0)`;
  const discretionary = `(n % 3 = 0 AND n % 12 = 3)`;
  const reviewed = `(NOT ${open} AND (${met} OR ${discretionary}))`;
  const escalated = `(NOT ${open} AND n % 3 = 0 AND NOT ${discretionary} AND n % 10 = 6)`;
  const decided = `${received} + 20`;
  const held = `${decided} + 25`;
  const outcome = `CASE WHEN ${reviewed} THEN ${held} + 5 ELSE ${decided} + 5 END`;
  await query(`
    INSERT INTO case_review_applications (application_id, partnership_id, received_on, channel, behaviour_types, bodies_notified, on_behalf_of_victim,
      stage, due_on, acknowledged_on, decided_on, threshold_met, qualifying_complaints, required_complaints, discretionary_review, review_held_on,
      recommendations, outcome_sent_on, escalation_requested_on, escalation_decided_on, escalation_outcome, applicant_person_id, victim_person_id, last_revision)
    SELECT 'application-' || n, 'partnership-' || lpad((n % ${AREAS})::text, 3, '0'), ${received},
           (ARRAY['online-form', 'phone', 'letter', 'email'])[1 + n % 4], ARRAY['noise'], ARRAY['council', 'police', 'icb'], false,
           CASE WHEN ${open} THEN 'threshold' ELSE 'closed' END, CASE WHEN ${open} THEN ${received} + 15 END,
           ${received} + 7, CASE WHEN ${open} THEN NULL ELSE ${decided} END, CASE WHEN ${open} THEN NULL ELSE ${met} END,
           CASE WHEN ${open} THEN NULL WHEN ${met} THEN 3 ELSE 1 END, CASE WHEN ${open} THEN NULL ELSE 3 END,
           NOT ${open} AND ${discretionary}, CASE WHEN ${reviewed} THEN ${held} END,
           CASE WHEN ${reviewed} THEN n % 4 ELSE 0 END, CASE WHEN ${open} THEN NULL ELSE ${outcome} END,
           CASE WHEN ${escalated} THEN ${outcome} + 10 END, CASE WHEN ${escalated} THEN ${outcome} + 25 END,
           CASE WHEN ${escalated} THEN CASE WHEN n % 30 = 6 THEN 'overturned' ELSE 'upheld' END END,
           'person-' || n, 'person-' || n, 6
    FROM generate_series(0, ${APPLICATIONS - 1}) AS n`);
  const stage = (revision: number, name: string, due: string, done: string, where: string) => `
    SELECT 'application-' || n, ${revision}, 'partnership-' || lpad((n % ${AREAS})::text, 3, '0'), '${name}', ${due}, ${done}, ${done} > ${due}
    FROM generate_series(0, ${APPLICATIONS - 1}) AS n WHERE ${where}`;
  await query(`
    INSERT INTO case_review_stages (application_id, revision, partnership_id, stage, due_on, done_on, late)
    ${stage(1, 'acknowledge', `${received} + 14`, `${received} + 7`, 'true')}
    UNION ALL ${stage(2, 'threshold', `${received} + 28 + n % 3`, decided, `NOT ${open}`)}
    UNION ALL ${stage(3, 'review', `${decided} + 28`, held, reviewed)}
    UNION ALL ${stage(4, 'outcome', `CASE WHEN ${reviewed} THEN ${held} + 7 ELSE ${decided} + 7 END`, outcome, `NOT ${open}`)}`);
  await query(`
    INSERT INTO case_review_recommendations (application_id, recommendation_id, partnership_id, body, made_on, due_on, completed, recorded_on)
    SELECT 'application-' || n, 'r' || k, 'partnership-' || lpad((n % ${AREAS})::text, 3, '0'), (ARRAY['council', 'police', 'housing-provider'])[1 + k % 3],
           ${held}, ${held} + 60, CASE WHEN k % 3 = 2 THEN NULL ELSE k % 3 = 0 END, CASE WHEN k % 3 = 2 THEN NULL ELSE ${held} + 50 END
    FROM generate_series(0, ${APPLICATIONS - 1}) AS n, generate_series(1, 3) AS k WHERE ${reviewed} AND k <= n % 4`);
  await query('ANALYZE case_review_applications, case_review_stages, case_review_recommendations');
}
