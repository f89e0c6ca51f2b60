import { addDays, addMonths, isAfter, isBefore, type DateRange, type IsoDate } from '@app/periods';
import { PROVING_OUTCOMES, type OffenceOutcome } from './iom-defaults.js';
import type { StatusSpell } from './iom-offender.decider.js';

/**
 * The IOM measures (domain brief, "IOM cohorts"), pure functions over a cohort's members as the read model
 * holds them. Conventions (ARCHITECTURE.md, "IOM cohorts"):
 * - a member is on the cohort from the adoption date up to the day before the exit date;
 * - a window of N months from a day D is D up to the day before D + N months (addMonths clamps month ends);
 * - a member-year at risk is 365 days at risk; days in custody are not at risk;
 * - the strand of a member for a measure is the strand on the day the measure looks at (the month end, the
 *   adoption, the exit, the start of the follow-up).
 * Each measure has a stable `measure` name and says which members it counts and why others were left out.
 */
export interface MeasureOffence {
  offenceId: string;
  offenceDate: IsoDate;
  outcome: OffenceOutcome | null;
  outcomeDate: IsoDate | null;
  severityWeight: number;
}
export interface MeasurePeriod {
  period: number;
  adoptedOn: IsoDate;
  exitedOn: IsoDate | null;
}
export interface MeasureMember {
  personId: string;
  periods: MeasurePeriod[];
  /** Status spells in date order (the first from the first adoption). */
  statuses: StatusSpell[];
  /** Strand from a date on, in date order. */
  strands: { strand: string; from: IsoDate }[];
  offences: MeasureOffence[];
}
export interface MeasureInput {
  from: IsoDate;
  to: IsoDate;
  /** The day the figures are worked out on (today): windows that end after it are not closed. */
  asOf: IsoDate;
  beforeAfterMonths: number;
  strand?: string;
  members: readonly MeasureMember[];
}

export interface LeftOut {
  personId: string;
  period: number | null;
  reason: string;
}

export const LEFT_OUT_REASONS = {
  notOnCohortInWindow: 'not on the cohort during the period',
  otherStrand: 'in another strand',
  beforeAfterWindowOpen: 'the window after adoption has not ended yet',
  followUpNotStarted: 'in custody since adoption: the follow-up starts on release',
  followUpOpen: 'the follow-up and waiting period have not closed yet',
} as const;

const PROVEN_FOLLOW_UP_MONTHS = 12;
const PROVEN_WAITING_MONTHS = 6;
const DAYS_PER_MEMBER_YEAR = 365;

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function daysBetween(from: IsoDate, toExclusive: IsoDate): number {
  return Math.max(0, Math.round((Date.parse(`${toExclusive}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000));
}

function within(day: IsoDate, from: IsoDate, toExclusive: IsoDate): boolean {
  return !isBefore(day, from) && isBefore(day, toExclusive);
}

export function onCohortOn(period: MeasurePeriod, day: IsoDate): boolean {
  return !isBefore(day, period.adoptedOn) && (period.exitedOn === null || isBefore(day, period.exitedOn));
}

function strandOn(member: MeasureMember, day: IsoDate): string | null {
  let strand: string | null = member.strands[0]?.strand ?? null;
  for (const change of member.strands) if (!isAfter(change.from, day)) strand = change.strand;
  return strand;
}

function inStrand(input: MeasureInput, member: MeasureMember, day: IsoDate): boolean {
  return input.strand === undefined || strandOn(member, day) === input.strand;
}

/** Days in custody between `from` and the day before `toExclusive`. */
export function custodyDays(statuses: readonly StatusSpell[], from: IsoDate, toExclusive: IsoDate): number {
  let days = 0;
  statuses.forEach((spell, index) => {
    if (spell.status !== 'in-custody') return;
    const spellEnd = statuses[index + 1]?.from ?? '9999-12-31';
    const start = isAfter(spell.from, from) ? spell.from : from;
    const end = isBefore(spellEnd, toExclusive) ? spellEnd : toExclusive;
    if (isBefore(start, end)) days += daysBetween(start, end);
  });
  return days;
}

function monthsOf(from: IsoDate, to: IsoDate): string[] {
  const months: string[] = [];
  for (let month = `${from.slice(0, 7)}-01`; !isAfter(month, to); month = addMonths(month, 1)) months.push(month.slice(0, 7));
  return months;
}

function monthEnd(month: string): IsoDate {
  return addDays(addMonths(`${month}-01`, 1), -1);
}

export interface MonthFigures {
  month: string;
  /** Members on the cohort at the month end (a snapshot). */
  cohortSizeAtMonthEnd: number;
  adoptions: number;
  exits: number;
  /** Members with at least one offence in the month while on the cohort (the monthly count of reoffending individuals). */
  membersWhoOffended: number;
  offences: number;
}

export interface MonthlyMeasure {
  measure: 'iom.monthly';
  months: MonthFigures[];
}

export interface RateMeasure {
  measure: 'iom.binary_and_frequency';
  /** Members on the cohort at some time in the period. */
  members: number;
  membersWhoOffended: number;
  offences: number;
  /** % of members with at least one offence while on the cohort in the period. */
  binaryRatePercent: number | null;
  /** Offences while on the cohort in the period per 100 members. */
  frequencyPer100: number | null;
  counted: string[];
  leftOut: LeftOut[];
}

export interface BeforeAfterMeasure {
  measure: 'iom.before_after';
  months: number;
  /** Adoption periods with a full window on both sides. */
  members: number;
  offencesBefore: number;
  offencesAfter: number;
  daysAtRiskBefore: number;
  daysAtRiskAfter: number;
  /** Offences per 100 member-years at risk (365 days, custody taken out). */
  ratePer100MemberYearsBefore: number | null;
  ratePer100MemberYearsAfter: number | null;
  counted: { personId: string; period: number }[];
  leftOut: LeftOut[];
}

export interface ProvenReoffendingMeasure {
  measure: 'iom.proven_reoffending';
  /** True while some follow-up starting in the period has not closed: those members are left out. */
  interim: boolean;
  /** Follow-ups counted (each period on the cohort of a re-adopted member is its own). */
  members: number;
  reoffenders: number;
  provenOffences: number;
  severityWeightedOffences: number;
  binaryRatePercent: number | null;
  frequencyPer100: number | null;
  severityPer100: number | null;
  counted: { personId: string; period: number; followUpStart: IsoDate }[];
  leftOut: LeftOut[];
}

export interface IomMeasures {
  from: IsoDate;
  to: IsoDate;
  asOf: IsoDate;
  strand: string | null;
  monthly: MonthlyMeasure;
  rates: RateMeasure;
  beforeAfter: BeforeAfterMeasure;
  provenReoffending: ProvenReoffendingMeasure;
}

function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : round((part / whole) * 100);
}

/**
 * Each member is read once: month ends checked for the cohort size, periods and offences put in their month
 * (a month of the list is a whole calendar month, as the first and last may reach outside the period).
 */
export function monthlyMeasure(input: MeasureInput): MonthlyMeasure {
  const months = monthsOf(input.from, input.to).map((month): MonthFigures => ({
    month,
    cohortSizeAtMonthEnd: 0,
    adoptions: 0,
    exits: 0,
    membersWhoOffended: 0,
    offences: 0,
  }));
  const byMonth = new Map(months.map((figures) => [figures.month, figures]));
  const monthOf = (day: IsoDate) => byMonth.get(day.slice(0, 7));
  const ends = months.map((figures) => ({ figures, end: monthEnd(figures.month) }));
  for (const member of input.members) {
    for (const { figures, end } of ends)
      if (member.periods.some((period) => onCohortOn(period, end)) && inStrand(input, member, end)) figures.cohortSizeAtMonthEnd++;
    for (const period of member.periods) {
      const adopted = monthOf(period.adoptedOn);
      if (adopted && inStrand(input, member, period.adoptedOn)) adopted.adoptions++;
      const exited = period.exitedOn === null ? undefined : monthOf(period.exitedOn);
      if (exited && period.exitedOn !== null && inStrand(input, member, addDays(period.exitedOn, -1))) exited.exits++;
    }
    const offendedIn = new Set<MonthFigures>();
    for (const offence of member.offences) {
      const figures = monthOf(offence.offenceDate);
      if (!figures || !member.periods.some((period) => onCohortOn(period, offence.offenceDate))) continue;
      if (!inStrand(input, member, offence.offenceDate)) continue;
      figures.offences++;
      offendedIn.add(figures);
    }
    for (const figures of offendedIn) figures.membersWhoOffended++;
  }
  return { measure: 'iom.monthly', months };
}

export function rateMeasure(input: MeasureInput): RateMeasure {
  const next = addDays(input.to, 1);
  const counted: string[] = [];
  const leftOut: LeftOut[] = [];
  let membersWhoOffended = 0;
  let offences = 0;
  for (const member of input.members) {
    const daysOn = (day: IsoDate) => member.periods.some((period) => onCohortOn(period, day)) && inStrand(input, member, day);
    const overlapping = member.periods.filter(
      (period) => isBefore(period.adoptedOn, next) && (period.exitedOn === null || isAfter(period.exitedOn, input.from)),
    );
    if (overlapping.length === 0) {
      leftOut.push({ personId: member.personId, period: null, reason: LEFT_OUT_REASONS.notOnCohortInWindow });
      continue;
    }
    const strandDays = overlapping.map((period) => (isAfter(period.adoptedOn, input.from) ? period.adoptedOn : input.from));
    if (input.strand !== undefined && !strandDays.some((day) => inStrand(input, member, day))) {
      leftOut.push({ personId: member.personId, period: null, reason: LEFT_OUT_REASONS.otherStrand });
      continue;
    }
    counted.push(member.personId);
    const own = member.offences.filter((offence) => within(offence.offenceDate, input.from, next) && daysOn(offence.offenceDate));
    offences += own.length;
    if (own.length > 0) membersWhoOffended++;
  }
  return {
    measure: 'iom.binary_and_frequency',
    members: counted.length,
    membersWhoOffended,
    offences,
    binaryRatePercent: percent(membersWhoOffended, counted.length),
    frequencyPer100: percent(offences, counted.length),
    counted,
    leftOut,
  };
}

export function beforeAfterMeasure(input: MeasureInput): BeforeAfterMeasure {
  const months = input.beforeAfterMonths;
  const next = addDays(input.to, 1);
  const counted: { personId: string; period: number }[] = [];
  const leftOut: LeftOut[] = [];
  let offencesBefore = 0;
  let offencesAfter = 0;
  let daysAtRiskBefore = 0;
  let daysAtRiskAfter = 0;
  for (const member of input.members) {
    for (const period of member.periods) {
      if (!within(period.adoptedOn, input.from, next)) continue;
      if (!inStrand(input, member, period.adoptedOn)) {
        leftOut.push({ personId: member.personId, period: period.period, reason: LEFT_OUT_REASONS.otherStrand });
        continue;
      }
      const beforeStart = addMonths(period.adoptedOn, -months);
      const afterEnd = addMonths(period.adoptedOn, months);
      if (isAfter(afterEnd, addDays(input.asOf, 1))) {
        leftOut.push({ personId: member.personId, period: period.period, reason: LEFT_OUT_REASONS.beforeAfterWindowOpen });
        continue;
      }
      counted.push({ personId: member.personId, period: period.period });
      offencesBefore += member.offences.filter((offence) => within(offence.offenceDate, beforeStart, period.adoptedOn)).length;
      offencesAfter += member.offences.filter((offence) => within(offence.offenceDate, period.adoptedOn, afterEnd)).length;
      daysAtRiskBefore += daysBetween(beforeStart, period.adoptedOn) - custodyDays(member.statuses, beforeStart, period.adoptedOn);
      daysAtRiskAfter += daysBetween(period.adoptedOn, afterEnd) - custodyDays(member.statuses, period.adoptedOn, afterEnd);
    }
  }
  const rate = (offences: number, days: number) => (days === 0 ? null : round((offences / (days / DAYS_PER_MEMBER_YEAR)) * 100));
  return {
    measure: 'iom.before_after',
    months,
    members: counted.length,
    offencesBefore,
    offencesAfter,
    daysAtRiskBefore,
    daysAtRiskAfter,
    ratePer100MemberYearsBefore: rate(offencesBefore, daysAtRiskBefore),
    ratePer100MemberYearsAfter: rate(offencesAfter, daysAtRiskAfter),
    counted,
    leftOut,
  };
}

/** The follow-up start of a period: its adoption date, or the release date of a member adopted in custody (null: not released yet). */
export function followUpStart(member: MeasureMember, period: MeasurePeriod): IsoDate | null {
  const spells = member.statuses.filter((spell) => onCohortOn(period, spell.from) || spell.from === period.adoptedOn);
  let atAdoption: StatusSpell | null = null;
  for (const spell of member.statuses) if (!isAfter(spell.from, period.adoptedOn)) atAdoption = spell;
  if (atAdoption?.status !== 'in-custody') return period.adoptedOn;
  const release = spells.find((spell) => isAfter(spell.from, period.adoptedOn) && spell.status !== 'in-custody');
  return release?.from ?? null;
}

export function provenReoffendingMeasure(input: MeasureInput): ProvenReoffendingMeasure {
  const next = addDays(input.to, 1);
  const counted: ProvenReoffendingMeasure['counted'] = [];
  const leftOut: LeftOut[] = [];
  let reoffenders = 0;
  let provenOffences = 0;
  let severityWeightedOffences = 0;
  let interim = false;
  for (const member of input.members) {
    for (const period of member.periods) {
      const start = followUpStart(member, period);
      if (start === null) {
        if (within(period.adoptedOn, input.from, next))
          leftOut.push({ personId: member.personId, period: period.period, reason: LEFT_OUT_REASONS.followUpNotStarted });
        continue;
      }
      if (!within(start, input.from, next)) continue;
      if (!inStrand(input, member, start)) {
        leftOut.push({ personId: member.personId, period: period.period, reason: LEFT_OUT_REASONS.otherStrand });
        continue;
      }
      const followUpEnd = addMonths(start, PROVEN_FOLLOW_UP_MONTHS);
      const waitingEnd = addMonths(followUpEnd, PROVEN_WAITING_MONTHS);
      if (isAfter(waitingEnd, addDays(input.asOf, 1))) {
        interim = true;
        leftOut.push({ personId: member.personId, period: period.period, reason: LEFT_OUT_REASONS.followUpOpen });
        continue;
      }
      counted.push({ personId: member.personId, period: period.period, followUpStart: start });
      const proven = member.offences.filter(
        (offence) =>
          within(offence.offenceDate, start, followUpEnd) &&
          offence.outcome !== null &&
          PROVING_OUTCOMES.includes(offence.outcome) &&
          offence.outcomeDate !== null &&
          isBefore(offence.outcomeDate, waitingEnd),
      );
      provenOffences += proven.length;
      severityWeightedOffences += proven.reduce((sum, offence) => sum + offence.severityWeight, 0);
      if (proven.length > 0) reoffenders++;
    }
  }
  return {
    measure: 'iom.proven_reoffending',
    interim,
    members: counted.length,
    reoffenders,
    provenOffences,
    severityWeightedOffences: round(severityWeightedOffences),
    binaryRatePercent: percent(reoffenders, counted.length),
    frequencyPer100: percent(provenOffences, counted.length),
    severityPer100: percent(severityWeightedOffences, counted.length),
    counted,
    leftOut,
  };
}

/**
 * The offences the measures of a period look at, and no others: from `beforeAfterMonths` before its first day
 * (the window before an adoption in it) to the end of the longest window after a day in it (the window after
 * adoption, or the proven-reoffending follow-up from a follow-up start in it), a month's margin each side.
 * A reader may leave every other offence out; the figures are the same.
 */
export function offencesLookedAt(period: DateRange, beforeAfterMonths: number): DateRange {
  return {
    from: addMonths(period.from, -(beforeAfterMonths + 1)),
    to: addMonths(period.to, Math.max(beforeAfterMonths, PROVEN_FOLLOW_UP_MONTHS) + 1),
  };
}

export function iomMeasures(input: MeasureInput): IomMeasures {
  const members = [...input.members].sort((a, b) => a.personId.localeCompare(b.personId));
  const sorted = { ...input, members };
  return {
    from: input.from,
    to: input.to,
    asOf: input.asOf,
    strand: input.strand ?? null,
    monthly: monthlyMeasure(sorted),
    rates: rateMeasure(sorted),
    beforeAfter: beforeAfterMeasure(sorted),
    provenReoffending: provenReoffendingMeasure(sorted),
  };
}
