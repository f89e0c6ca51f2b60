import request from 'supertest';
import { bearer } from '@app/access';
import { EVENT_STORE, EventCodec } from '@app/event-store';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing';
import { appendMaracHistory } from './support/marac-history.js';
import { registerTestMarac } from './support/marac-registration.js';
import { boundedContexts } from '@app/contexts';

/**
 * Issue 12, defect 6, over HTTP: an analyst asks for every published view of every whole period (the
 * quarters and the year of each financial year; repeat rate, quarterly repeat rates, SafeLives, repeat
 * rates across MARACs), then attacks the answers as a reader of them would: a figure published anywhere
 * is known; a rate or percentage beside a known count gives the other count back; each year is the sum
 * of its quarters and each period's total the sum of its MARACs, so an equation with one unknown left
 * gives that unknown, and one whose unknowns are all `<5` with nothing left over but their number gives
 * each as 1. The test fails if any suppressed count comes out. Coordinators keep exact figures.
 */
const PARTNERSHIP = 'csp-history';
const FINANCIAL_YEARS = ['2023-24', '2024-25', '2025-26'];
const PERIODS = ['Q1', 'Q2', 'Q3', 'Q4', 'Y'] as const;
const RATIO_OF = {
  repeats: 'repeatPercent',
  partner: 'partnerAgencyReferralsPercent',
  bame: 'blackAsianRaciallyMinoritisedPercent',
  lgbt: 'lgbtPlusPercent',
  disabled: 'disabledPercent',
  male: 'malePercent',
} as const;
const COUNT_FIELDS = { cases: 'cases', repeats: 'repeatCases', aged16To17: 'aged16To17', children: 'childrenInHouseholds' } as const;

type Shown = number | string | null;

/** What an analyst has read: every count published (or not) in each view, by cell, and the ratios beside them. */
class Knowledge {
  /** cell -> the values shown for it across views (numbers, or a suppression marker). */
  readonly seen = new Map<string, Shown[]>();
  readonly known = new Map<string, number>();
  readonly small = new Set<string>();
  readonly ratios: { count: string; cases: string; ratio: number; scale: number; decimals: number | null }[] = [];

  show(cell: string, value: Shown): void {
    this.seen.set(cell, [...(this.seen.get(cell) ?? []), value]);
    if (typeof value === 'number') this.known.set(cell, value);
    if (typeof value === 'string' && value.startsWith('<')) this.small.add(cell);
  }

  ratio(count: string, cases: string, ratio: Shown, scale: number, decimals: number | null): void {
    if (typeof ratio === 'number') this.ratios.push({ count, cases, ratio, scale, decimals });
  }

  suppressedCells(): string[] {
    return [...this.seen].filter(([, values]) => values.some((value) => typeof value === 'string')).map(([cell]) => cell);
  }
}

const cell = (measure: string, marac: string, financialYear: string, period: (typeof PERIODS)[number]) =>
  `${measure}|${marac}|${financialYear}|${period}`;

/** Everything arithmetic gets from the published figures (see the description above). */
function attack(knowledge: Knowledge, maracs: string[], measures: string[]): Map<string, number> {
  const known = new Map(knowledge.known);
  const equations: { total: string; parts: string[] }[] = [];
  for (const measure of measures) {
    for (const financialYear of FINANCIAL_YEARS) {
      for (const marac of [...maracs, 'all']) {
        equations.push({
          total: cell(measure, marac, financialYear, 'Y'),
          parts: PERIODS.slice(0, 4).map((q) => cell(measure, marac, financialYear, q)),
        });
      }
      for (const period of PERIODS)
        equations.push({
          total: cell(measure, 'all', financialYear, period),
          parts: maracs.map((marac) => cell(measure, marac, financialYear, period)),
        });
    }
  }
  for (let changed = true; changed;) {
    changed = false;
    const learn = (target: string, value: number) => {
      if (known.has(target) || !Number.isFinite(value)) return;
      known.set(target, Math.round(value));
      changed = true;
    };
    for (const { count, cases, ratio, scale, decimals } of knowledge.ratios) {
      const total = known.get(cases);
      if (total !== undefined && !known.has(count)) {
        const fits = Array.from({ length: total + 1 }, (_, n) => n).filter((n) =>
          decimals === null ? n / total === ratio / scale : Math.round((n / total) * scale * 10 ** decimals) / 10 ** decimals === ratio,
        );
        if (fits.length === 1) learn(count, fits[0]);
      }
    }
    for (const { total, parts } of equations) {
      const unknown = [total, ...parts].filter((name) => !known.has(name));
      const sumOfParts = parts.reduce((sum, name) => sum + (known.get(name) ?? 0), 0);
      if (unknown.length === 1) learn(unknown[0], unknown[0] === total ? sumOfParts : known.get(total)! - sumOfParts);
      if (
        known.has(total) &&
        unknown.length > 1 &&
        unknown.every((name) => knowledge.small.has(name)) &&
        known.get(total)! - sumOfParts === unknown.length
      ) {
        for (const name of unknown) learn(name, 1);
      }
    }
  }
  return known;
}

describe("analysts' suppressed figures hold against the figures published beside them", () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let maracs: string[];
  let analyst: string;
  let coordinator: string;
  const get = (authorization: string, path: string) => request(server).get(path).set('Authorization', authorization);

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0', RATE_LIMIT_PER_MINUTE: '100000' });
    server = harness.app.getHttpServer();
    const admin = await bearer(harness.app, { id: 'history-admin', roles: ['admin'], partnerships: [PARTNERSHIP] });
    await request(server)
      .patch(`/partnerships/${PARTNERSHIP}/settings`)
      .set('Authorization', admin)
      .send({ effectiveFrom: '2023-01-01', adultFemalePopulation: 52_000 })
      .expect(200);
    // The history's MARACs (marac-<seed>-<area>).
    for (const area of ['north', 'south', 'east']) await registerTestMarac(harness.app, `marac-suppression-${area}`, PARTNERSHIP);
    ({ maracs } = await appendMaracHistory(harness.app.get(EVENT_STORE), harness.app.get(EventCodec), {
      seed: 'suppression',
      events: 1800,
    }));
    await harness.app.get(ProjectionsService).waitUntilCaughtUp(60_000);
    analyst = await bearer(harness.app, { id: 'history-analyst', roles: ['analyst'], partnerships: [PARTNERSHIP] });
    coordinator = await bearer(harness.app, { id: 'history-coordinator', roles: ['coordinator'], partnerships: [PARTNERSHIP] });
  }, 120_000);
  afterAll(async () => {
    await harness?.close();
  });

  const periodQuery = (financialYear: string, period: (typeof PERIODS)[number]) =>
    period === 'Y' ? `financialYear=${financialYear}` : `quarter=${financialYear}-${period}`;

  it('gives back no suppressed count from any view of any whole period', async () => {
    const knowledge = new Knowledge();
    for (const financialYear of FINANCIAL_YEARS) {
      for (const marac of maracs) {
        const quarterly = (await get(analyst, `/maracs/${marac}/repeat-rate/quarters?financialYear=${financialYear}`).expect(200)).body;
        for (const [period, figures] of [
          ...quarterly.quarters.map((q: { quarter: number }) => [`Q${q.quarter}`, q]),
          ['Y', quarterly.year],
        ] as [(typeof PERIODS)[number], Record<string, Shown>][]) {
          knowledge.show(cell('cases', marac, financialYear, period), figures.cases);
          knowledge.show(cell('repeats', marac, financialYear, period), figures.repeatCases);
          knowledge.ratio(
            cell('repeats', marac, financialYear, period),
            cell('cases', marac, financialYear, period),
            figures.rate,
            1,
            null,
          );
        }
        for (const period of PERIODS) {
          const rate = (await get(analyst, `/maracs/${marac}/repeat-rate?${periodQuery(financialYear, period)}`).expect(200)).body;
          knowledge.show(cell('cases', marac, financialYear, period), rate.cases);
          knowledge.show(cell('repeats', marac, financialYear, period), rate.repeatCases);
          knowledge.ratio(cell('repeats', marac, financialYear, period), cell('cases', marac, financialYear, period), rate.rate, 1, null);

          const safeLives = (await get(analyst, `/maracs/${marac}/safelives?${periodQuery(financialYear, period)}`).expect(200)).body;
          for (const [measure, field] of Object.entries(COUNT_FIELDS))
            knowledge.show(cell(measure, marac, financialYear, period), safeLives[field]);
          for (const [measure, field] of Object.entries(RATIO_OF))
            knowledge.ratio(
              cell(measure, marac, financialYear, period),
              cell('cases', marac, financialYear, period),
              safeLives[field],
              100,
              1,
            );
          // The per-10k figures are the cases again (x population / 10,000): shown only with them.
          if (typeof safeLives.cases !== 'number')
            expect(
              [safeLives.casesPer10kAdultFemales, safeLives.annualisedCasesPer10kAdultFemales].every((v) => typeof v === 'string'),
            ).toBe(true);
        }
      }
      for (const period of PERIODS) {
        const across = (await get(analyst, `/maracs/repeat-rates?${periodQuery(financialYear, period)}`).expect(200)).body;
        knowledge.show(cell('cases', 'all', financialYear, period), across.cases);
        knowledge.show(cell('repeats', 'all', financialYear, period), across.repeatCases);
        knowledge.ratio(cell('repeats', 'all', financialYear, period), cell('cases', 'all', financialYear, period), across.rate, 1, null);
        const listed = new Set<string>();
        for (const marac of across.maracs) {
          listed.add(marac.maracId);
          knowledge.show(cell('cases', marac.maracId, financialYear, period), marac.cases);
          knowledge.show(cell('repeats', marac.maracId, financialYear, period), marac.repeatCases);
          knowledge.ratio(
            cell('repeats', marac.maracId, financialYear, period),
            cell('cases', marac.maracId, financialYear, period),
            marac.rate,
            1,
            null,
          );
        }
        // A MARAC left out heard no case: zeros, known.
        for (const marac of maracs.filter((m) => !listed.has(m))) {
          knowledge.show(cell('cases', marac, financialYear, period), 0);
          knowledge.show(cell('repeats', marac, financialYear, period), 0);
        }
      }
    }

    // The same cell is never a number in one view and hidden in another, nor two different numbers.
    for (const [name, values] of knowledge.seen) expect([name, new Set(values).size]).toEqual([name, 1]);

    const suppressed = knowledge.suppressedCells();
    // The history has small counts to protect, and secondary suppressions protecting them.
    expect(suppressed.length).toBeGreaterThan(10);
    expect([...knowledge.seen.values()].some((values) => values[0] === 'suppressed')).toBe(true);
    const known = attack(knowledge, maracs, ['cases', 'repeats', 'aged16To17', 'children', ...Object.keys(RATIO_OF)]);
    expect(suppressed.filter((name) => known.has(name))).toEqual([]);
  }, 120_000);

  it('answers analysts whole periods only, and coordinators exact figures for any period', async () => {
    const [marac] = maracs;
    for (const path of [`/maracs/${marac}/repeat-rate`, '/maracs/repeat-rates', `/maracs/${marac}/agency-engagement`]) {
      const refused = await get(analyst, `${path}?from=2024-04-01&to=2024-05-15`).expect(400);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(JSON.stringify(refused.body)).toContain('from');
      await get(analyst, `${path}?quarter=2024-25-Q1`).expect(200);
      await get(coordinator, `${path}?from=2024-04-01&to=2024-05-15`).expect(200);
    }
    // Analysts' case-level rows too: ranges of days would date a row shown by its month, or be subtracted.
    const cases = `/maracs/${marac}/cases/depersonalised`;
    const refused = await get(analyst, `${cases}?from=2024-04-01&to=2024-05-15`).expect(400);
    expect(refused.body.errors).toEqual([{ field: 'from', messages: ["this report's period is given as financialYear or quarter"] }]);
    expect((await get(analyst, `${cases}?quarter=2024-25-Q1`).expect(200)).body).toMatchObject({ from: '2024-04-01', to: '2024-06-30' });
    await get(analyst, `${cases}?financialYear=2024-25`).expect(200);
    const alsoCoordinator = await bearer(harness.app, {
      id: 'history-both',
      roles: ['analyst', 'coordinator'],
      partnerships: [PARTNERSHIP],
    });
    await get(alsoCoordinator, `${cases}?from=2024-04-01&to=2024-05-15`).expect(200);
    const exact = (await get(coordinator, `/maracs/${marac}/repeat-rate/quarters?financialYear=2024-25`).expect(200)).body;
    for (const quarter of exact.quarters) expect(typeof quarter.cases).toBe('number');
    expect(exact.year.cases).toBe(exact.quarters.reduce((sum: number, q: { cases: number }) => sum + q.cases, 0));
  });
});
