import { isAfter, isBefore } from '@app/periods';
import type { MeasureMember, MeasurePeriod } from './iom-measures.js';

/** Periods in date order, those that overlap (two records of one person on the cohort at once) made one. */
function coalesced(periods: readonly MeasurePeriod[]): MeasurePeriod[] {
  const sorted = [...periods].sort((a, b) => a.adoptedOn.localeCompare(b.adoptedOn));
  const out: MeasurePeriod[] = [];
  for (const period of sorted) {
    const last = out[out.length - 1];
    if (last && (last.exitedOn === null || isBefore(period.adoptedOn, last.exitedOn))) {
      last.exitedOn =
        last.exitedOn === null || period.exitedOn === null
          ? null
          : isAfter(period.exitedOn, last.exitedOn)
            ? period.exitedOn
            : last.exitedOn;
      continue;
    }
    out.push({ ...period });
  }
  return out.map((period, index) => ({ ...period, period: index + 1 }));
}

const byFrom = <T extends { from: string }>(items: readonly T[]) => [...items].sort((a, b) => a.from.localeCompare(b.from));

/**
 * A cohort's members as people, after the partnership's merges (`canonical`: record id -> canonical person
 * id; ids it lacks stand for themselves): the records of one person (a duplicate adopted under another record
 * before the merge) read as one member under the canonical id, with their periods (overlapping ones as one,
 * numbered again in date order), status spells, strand changes and offences together. So a merged person is
 * counted once, and their offences under the duplicate count for them. The same holds for one person's records
 * on several cohorts read together (an area's cohorts).
 */
export function membersAsPeople(members: readonly MeasureMember[], canonical: ReadonlyMap<string, string>): MeasureMember[] {
  const people = new Map<string, MeasureMember[]>();
  for (const member of members) {
    const personId = canonical.get(member.personId) ?? member.personId;
    people.set(personId, [...(people.get(personId) ?? []), member]);
  }
  return [...people].map(([personId, records]): MeasureMember => {
    if (records.length === 1) return { ...records[0], personId };
    const offences = new Map(records.flatMap((record) => record.offences).map((offence) => [offence.offenceId, offence]));
    return {
      personId,
      periods: coalesced(records.flatMap((record) => record.periods)),
      statuses: byFrom(records.flatMap((record) => record.statuses)),
      strands: byFrom(records.flatMap((record) => record.strands)),
      offences: [...offences.values()].sort((a, b) => a.offenceDate.localeCompare(b.offenceDate) || a.offenceId.localeCompare(b.offenceId)),
    };
  });
}
