import { compareIsoDates, type DateRange, type IsoDate } from '@app/periods';

/** A case's first and last Outcome Star scorings (the same scoring when there is only one). */
export interface ScoredCase {
  caseId: string;
  closedOn: IsoDate | null;
  first: Readonly<Record<string, number>> | null;
  last: Readonly<Record<string, number>> | null;
  scorings: number;
}

/**
 * Distance travelled per domain: the last score minus the first, for each domain scored in both. Null when the
 * case has fewer than two scorings, or no domain in both (nothing was measured).
 */
export function distanceTravelled(scored: Pick<ScoredCase, 'first' | 'last' | 'scorings'>): Record<string, number> | null {
  if (scored.scorings < 2 || !scored.first || !scored.last) return null;
  const distance: Record<string, number> = {};
  for (const [domain, first] of Object.entries(scored.first))
    if (scored.last[domain] !== undefined) distance[domain] = scored.last[domain] - first;
  return Object.keys(distance).length === 0 ? null : distance;
}

/** A case improved when its distance travelled, summed over the domains measured, is above 0. */
export function improved(distance: Readonly<Record<string, number>>): boolean {
  return Object.values(distance).reduce((a, b) => a + b, 0) > 0;
}

export interface DomainDistance {
  domain: string;
  /** Cases closed in the period with this domain scored first and last. */
  cases: number;
  /** Average first and last score and average change, to one decimal place; null over no case. */
  averageFirst: number | null;
  averageLast: number | null;
  averageChange: number | null;
}

export interface DistanceSummary {
  /** Cases closed in the period with distance travelled measured. */
  casesMeasured: number;
  casesImproved: number;
  domains: DomainDistance[];
}

const average = (values: number[]) =>
  values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;

/** Distance travelled of the cases closed in a period: per domain, the average change; the cases improved. */
export function summariseDistance(cases: readonly ScoredCase[], period: DateRange, domains: readonly string[]): DistanceSummary {
  const measured = cases.flatMap((c) => {
    if (c.closedOn === null || compareIsoDates(c.closedOn, period.from) < 0 || compareIsoDates(c.closedOn, period.to) > 0) return [];
    const distance = distanceTravelled(c);
    return distance ? [{ scored: c, distance }] : [];
  });
  return {
    casesMeasured: measured.length,
    casesImproved: measured.filter((m) => improved(m.distance)).length,
    domains: domains.map((domain) => {
      const of = measured.filter((m) => m.distance[domain] !== undefined);
      return {
        domain,
        cases: of.length,
        averageFirst: average(of.map((m) => m.scored.first![domain])),
        averageLast: average(of.map((m) => m.scored.last![domain])),
        averageChange: average(of.map((m) => m.distance[domain])),
      };
    }),
  };
}
