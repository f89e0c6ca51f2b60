import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { Depersonaliser, publishedRatio, seesDepersonalisedOnly, suppressTable, type Caller, type TableCell } from '@app/access';
import type { DateRange, IsoDate } from '@app/periods';
import { CanonicalPersonIdsQuery } from '@app/people';
import {
  iomMeasures,
  membersAsPeople,
  offencesLookedAt,
  type IomMeasures,
  type LeftOut,
  type MeasureMember,
  type MeasureOffence,
} from '../domain/index.js';
import type { OffenceOutcome } from '../domain/iom-defaults.js';
import type { CohortMeasuresOfPartnership, IomMeasuresReport, ReasonCount } from './iom-measures.views.js';

interface MemberRecord {
  offender_id: string;
  cohort_id: string;
  person_id: string;
  periods: MeasureMember['periods'];
  statuses: MeasureMember['statuses'];
  strands: MeasureMember['strands'];
}
interface OffenceRecord {
  offender_id: string;
  offence_id: string;
  offence_date: string;
  outcome: OffenceOutcome | null;
  outcome_date: string | null;
  severity_weight: number;
}

function byReason(leftOut: readonly LeftOut[]): { reason: string; members: number }[] {
  const counts = new Map<string, number>();
  for (const left of leftOut) counts.set(left.reason, (counts.get(left.reason) ?? 0) + 1);
  return [...counts].map(([reason, members]) => ({ reason, members })).sort((a, b) => a.reason.localeCompare(b.reason));
}

/**
 * The IOM measures of one cohort for a period (ARCHITECTURE.md, "IOM cohorts"), from the `iom_measures`
 * read model: IOM leads get exact figures and the members each measure counts or leaves out (person ids);
 * analysts get counts with small numbers suppressed (primary and, where a total would give a cell back,
 * secondary), each rate suppressed with either of its counts, and the left-out members as counts by reason.
 */
@Injectable()
export class IomMeasuresReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly depersonaliser: Depersonaliser,
    private readonly queryBus: QueryBus,
  ) {}

  /**
   * The members of these cohorts of one partnership as people: each record read as the person the
   * partnership's merges say it is (`membersAsPeople`), so a duplicate's adoption and offences are the
   * surviving person's, and one person on several of the cohorts is one member. With `offencesWithin`, only the
   * offences dated within it are read.
   */
  async people(partnershipId: string, cohortIds: readonly string[], offencesWithin?: DateRange): Promise<MeasureMember[]> {
    const records = await this.records(cohortIds, offencesWithin);
    return membersAsPeople(
      records,
      await this.merges(
        partnershipId,
        records.map((record) => record.personId),
      ),
    );
  }

  /** The partnership's cohorts by area (in area order; cohorts in id order). */
  async cohortsByArea(partnershipId: string): Promise<{ area: string; cohortIds: string[] }[]> {
    return this.dataSource.query<{ area: string; cohortIds: string[] }[]>(
      `SELECT area, array_agg(cohort_id ORDER BY cohort_id) AS "cohortIds" FROM iom_cohorts
       WHERE partnership_id = $1 GROUP BY area ORDER BY area`,
      [partnershipId],
    );
  }

  /** The member records (one per person record and cohort) of these cohorts, as the read model holds them. */
  async records(cohortIds: readonly string[], offencesWithin?: DateRange): Promise<MeasureMember[]> {
    return [...(await this.recordsByCohort(cohortIds, offencesWithin)).values()].flat();
  }

  /**
   * The member records of these cohorts, each cohort's apart: one read of members and one of offences for them all
   * (only those dated within `offencesWithin` when given: what the measures of a period look at).
   */
  async recordsByCohort(cohortIds: readonly string[], offencesWithin?: DateRange): Promise<Map<string, MeasureMember[]>> {
    const [members, offences] = await Promise.all([
      this.dataSource.query<MemberRecord[]>(
        'SELECT offender_id, cohort_id, person_id, periods, statuses, strands FROM iom_members WHERE cohort_id = ANY($1)',
        [cohortIds],
      ),
      this.dataSource.query<OffenceRecord[]>(
        `SELECT offender_id, offence_id, offence_date::text AS offence_date, outcome, outcome_date::text AS outcome_date, severity_weight
         FROM iom_offences WHERE cohort_id = ANY($1) AND ($2::date IS NULL OR offence_date BETWEEN $2::date AND $3::date)
         ORDER BY offence_date, offence_id`,
        [cohortIds, offencesWithin?.from ?? null, offencesWithin?.to ?? null],
      ),
    ]);
    const offencesOf = new Map<string, MeasureOffence[]>();
    for (const row of offences) {
      const list = offencesOf.get(row.offender_id) ?? [];
      list.push({
        offenceId: row.offence_id,
        offenceDate: row.offence_date,
        outcome: row.outcome,
        outcomeDate: row.outcome_date,
        severityWeight: Number(row.severity_weight),
      });
      offencesOf.set(row.offender_id, list);
    }
    const byCohort = new Map<string, MeasureMember[]>(cohortIds.map((id) => [id, []]));
    for (const row of members)
      byCohort.get(row.cohort_id)?.push({
        personId: row.person_id,
        periods: row.periods,
        statuses: row.statuses,
        strands: row.strands,
        offences: offencesOf.get(row.offender_id) ?? [],
      });
    return byCohort;
  }

  /** The partnership's merges as record id -> canonical person id, for these record ids (only those merged away). */
  private async merges(partnershipId: string, personIds: Iterable<string>): Promise<Map<string, string>> {
    const canonical = await this.queryBus.execute(new CanonicalPersonIdsQuery({ partnershipId, personIds: [...new Set(personIds)] }));
    return new Map(Object.entries(canonical).filter(([id, personId]) => id !== personId));
  }

  async measures(
    caller: Caller,
    cohort: { cohortId: string; partnershipId: string; beforeAfterMonths: number },
    period: DateRange & { label: string },
    asOf: IsoDate,
    strand: string | undefined,
  ): Promise<IomMeasuresReport> {
    const members = await this.people(cohort.partnershipId, [cohort.cohortId], offencesLookedAt(period, cohort.beforeAfterMonths));
    return this.report(caller, cohort, members, period, asOf, strand);
  }

  /**
   * The measures of every cohort of these partnerships, each as `measures` gives it for that cohort alone:
   * the cohorts, their members and their offences read once for them all, each partnership's merges asked
   * once, then each cohort's members worked out as people and measured on their own (a person on two cohorts
   * is a member of each, as on the per-cohort route).
   */
  async everyCohortMeasures(
    caller: Caller,
    partnershipIds: readonly string[],
    period: DateRange & { label: string },
    asOf: IsoDate,
  ): Promise<CohortMeasuresOfPartnership[]> {
    const cohorts = await this.dataSource.query<{ cohortId: string; partnershipId: string; beforeAfterMonths: number }[]>(
      `SELECT cohort_id AS "cohortId", partnership_id AS "partnershipId", before_after_months AS "beforeAfterMonths"
       FROM iom_cohorts WHERE partnership_id = ANY($1) ORDER BY partnership_id, cohort_id`,
      [partnershipIds],
    );
    const longestWindow = Math.max(0, ...cohorts.map((cohort) => cohort.beforeAfterMonths));
    const records = await this.recordsByCohort(
      cohorts.map((cohort) => cohort.cohortId),
      offencesLookedAt(period, longestWindow),
    );
    const merges = new Map(
      await Promise.all(
        [...new Set(cohorts.map((cohort) => cohort.partnershipId))].map(async (partnershipId) => {
          const ids = cohorts
            .filter((cohort) => cohort.partnershipId === partnershipId)
            .flatMap((cohort) => (records.get(cohort.cohortId) ?? []).map((record) => record.personId));
          return [partnershipId, await this.merges(partnershipId, ids)] as const;
        }),
      ),
    );
    return cohorts.map((cohort) => ({
      partnershipId: cohort.partnershipId,
      ...this.report(
        caller,
        cohort,
        membersAsPeople(records.get(cohort.cohortId) ?? [], merges.get(cohort.partnershipId) ?? new Map()),
        period,
        asOf,
        undefined,
      ),
    }));
  }

  /** One cohort's figures as the caller may see them: exact, or depersonalised with suppression. */
  private report(
    caller: Caller,
    cohort: { cohortId: string; beforeAfterMonths: number },
    members: MeasureMember[],
    period: DateRange & { label: string },
    asOf: IsoDate,
    strand: string | undefined,
  ): IomMeasuresReport {
    const figures = iomMeasures({ from: period.from, to: period.to, asOf, strand, beforeAfterMonths: cohort.beforeAfterMonths, members });
    return seesDepersonalisedOnly(caller)
      ? depersonalised(cohort.cohortId, period.label, figures, this.depersonaliser.smallCountThreshold)
      : exact(cohort.cohortId, period.label, figures);
  }
}

function exact(cohortId: string, label: string, m: IomMeasures): IomMeasuresReport {
  return {
    cohortId,
    period: label,
    from: m.from,
    to: m.to,
    asOf: m.asOf,
    strand: m.strand,
    depersonalised: false,
    monthly: m.monthly,
    rates: { ...m.rates, leftOutByReason: byReason(m.rates.leftOut) },
    beforeAfter: { ...m.beforeAfter, leftOutByReason: byReason(m.beforeAfter.leftOut) },
    provenReoffending: { ...m.provenReoffending, leftOutByReason: byReason(m.provenReoffending.leftOut) },
  };
}

function depersonalised(cohortId: string, label: string, m: IomMeasures, threshold: number): IomMeasuresReport {
  const primary = (count: number): TableCell => (count > 0 && count < threshold ? `<${threshold}` : count);
  const column = (values: number[]) =>
    suppressTable(
      values.map((value) => [value]),
      threshold,
    ).cells.map((row) => row[0]);
  const months = m.monthly.months;
  const adoptions = column(months.map((month) => month.adoptions));
  const exits = column(months.map((month) => month.exits));
  const offended = column(months.map((month) => month.membersWhoOffended));
  const offences = column(months.map((month) => month.offences));
  const reasons = (leftOut: readonly LeftOut[]): ReasonCount[] =>
    byReason(leftOut).map(({ reason, members }) => ({ reason, members: primary(members) }));

  const rateMembers = primary(m.rates.members);
  const rateOffended = primary(m.rates.membersWhoOffended);
  const rateOffences = offences[months.length];
  const ba = m.beforeAfter;
  const baMembers = primary(ba.members);
  const baBefore = primary(ba.offencesBefore);
  const baAfter = primary(ba.offencesAfter);
  const pr = m.provenReoffending;
  const prMembers = primary(pr.members);
  const prReoffenders = primary(pr.reoffenders);
  const prOffences = primary(pr.provenOffences);
  const ratio = (numerator: TableCell, denominator: TableCell, value: number | null) => publishedRatio(numerator, denominator, value);
  return {
    cohortId,
    period: label,
    from: m.from,
    to: m.to,
    asOf: m.asOf,
    strand: m.strand,
    depersonalised: true,
    monthly: {
      measure: m.monthly.measure,
      months: months.map((month, i) => ({
        month: month.month,
        cohortSizeAtMonthEnd: primary(month.cohortSizeAtMonthEnd),
        adoptions: adoptions[i],
        exits: exits[i],
        membersWhoOffended: offended[i],
        offences: offences[i],
      })),
    },
    rates: {
      measure: m.rates.measure,
      members: rateMembers,
      membersWhoOffended: rateOffended,
      offences: rateOffences,
      binaryRatePercent: ratio(rateOffended, rateMembers, m.rates.binaryRatePercent),
      frequencyPer100: ratio(rateOffences, rateMembers, m.rates.frequencyPer100),
      counted: null,
      leftOut: null,
      leftOutByReason: reasons(m.rates.leftOut),
    },
    beforeAfter: {
      measure: ba.measure,
      months: ba.months,
      members: baMembers,
      offencesBefore: baBefore,
      offencesAfter: baAfter,
      daysAtRiskBefore: ba.daysAtRiskBefore,
      daysAtRiskAfter: ba.daysAtRiskAfter,
      ratePer100MemberYearsBefore: ratio(baBefore, baMembers, ba.ratePer100MemberYearsBefore),
      ratePer100MemberYearsAfter: ratio(baAfter, baMembers, ba.ratePer100MemberYearsAfter),
      counted: null,
      leftOut: null,
      leftOutByReason: reasons(ba.leftOut),
    },
    provenReoffending: {
      measure: pr.measure,
      interim: pr.interim,
      members: prMembers,
      reoffenders: prReoffenders,
      provenOffences: prOffences,
      severityWeightedOffences: ratio(prOffences, prMembers, pr.severityWeightedOffences),
      binaryRatePercent: ratio(prReoffenders, prMembers, pr.binaryRatePercent),
      frequencyPer100: ratio(prOffences, prMembers, pr.frequencyPer100),
      severityPer100: ratio(prOffences, prMembers, pr.severityPer100),
      counted: null,
      leftOut: null,
      leftOutByReason: reasons(pr.leftOut),
    },
  };
}
