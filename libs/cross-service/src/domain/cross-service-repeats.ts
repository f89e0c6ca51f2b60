import { isWithinMonthsBefore, quarterOf, quartersOfFinancialYear, type IsoDate } from '@app/periods';

/** A victim's first contact with a service on one record (a MARAC referral, a victim-service referral, a Case Review application). */
export interface ServiceContact {
  personId: string;
  /** `marac`, a victim service's kind (`asb-support`, `idva`, ...), or `case-review`. */
  service: string;
  on: IsoDate;
}

/** The window within which contacts with two services make one person a repeat victim across services. */
export const CROSS_SERVICE_WINDOW_MONTHS = 12;

/** One person's coming back through another door: the later contact, and the earliest contact with the other service within the window before it. */
export interface CrossServiceRepeat {
  personId: string;
  /** The pair, in alphabetical order. */
  services: [string, string];
  firstService: string;
  firstOn: IsoDate;
  secondOn: IsoDate;
  days: number;
}

const DAY_MS = 86_400_000;
const daysBetween = (from: IsoDate, to: IsoDate) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * For each person and each pair of services they were in: the first time a contact with one service came within
 * 12 months (both ends inclusive) after a contact with the other. The second contact is the earliest such; the
 * first is the earliest contact with the other service in the 12 months up to it (a same-day pair is 0 days).
 * Each person counts once per pair, so a period's people are a flow: the year is the sum of its quarters.
 */
export function crossServiceRepeats(contacts: readonly ServiceContact[]): CrossServiceRepeat[] {
  const byPerson = new Map<string, ServiceContact[]>();
  for (const contact of contacts) byPerson.set(contact.personId, [...(byPerson.get(contact.personId) ?? []), contact]);
  const repeats: CrossServiceRepeat[] = [];
  for (const [personId, own] of byPerson) {
    const services = [...new Set(own.map((c) => c.service))].sort();
    for (let i = 0; i < services.length; i++)
      for (let j = i + 1; j < services.length; j++) {
        const pair: [string, string] = [services[i], services[j]];
        const inPair = own
          .filter((c) => pair.includes(c.service))
          .sort((a, b) => a.on.localeCompare(b.on) || a.service.localeCompare(b.service));
        for (const second of inPair) {
          const first = inPair.find(
            (c) => c.service !== second.service && c.on <= second.on && isWithinMonthsBefore(second.on, c.on, CROSS_SERVICE_WINDOW_MONTHS),
          );
          if (!first) continue;
          repeats.push({
            personId,
            services: pair,
            firstService: first.service,
            firstOn: first.on,
            secondOn: second.on,
            days: daysBetween(first.on, second.on),
          });
          break;
        }
      }
  }
  return repeats;
}

/** The figures of one pair of services over a financial year's quarters: people (exact) and the days from first to second contact. */
export interface CrossServicePairFigures {
  services: [string, string];
  /** Per quarter Q1-Q4, then the year: the people whose second contact fell in it. */
  people: number[];
  /** The median days from first to second contact of those people, null when none. */
  medianDays: (number | null)[];
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The quarterly table of a financial year: every pair with at least one person in the year, in alphabetical order. */
export function crossServiceTable(repeats: readonly CrossServiceRepeat[], financialYear: string): CrossServicePairFigures[] {
  const quarters = quartersOfFinancialYear(financialYear);
  const inYear = repeats.filter((r) => quarterOf(r.secondOn).financialYear === quarters[0].financialYear);
  const pairs = [...new Set(inYear.map((r) => r.services.join('|')))].sort();
  return pairs.map((key) => {
    const ofPair = inYear.filter((r) => r.services.join('|') === key);
    const byQuarter = quarters.map((q) => ofPair.filter((r) => r.secondOn >= q.from && r.secondOn <= q.to));
    return {
      services: ofPair[0].services,
      people: [...byQuarter.map((rows) => rows.length), ofPair.length],
      medianDays: [...byQuarter.map((rows) => median(rows.map((r) => r.days))), median(ofPair.map((r) => r.days))],
    };
  });
}
