import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Depersonaliser, seesDepersonalisedOnly, type SuppressedCount } from '@app/access';
import { assertCallerRole, partnershipsOf, type Caller } from '@app/access';
import { PartnershipSettingsStore, type PartnershipSettings } from '../application/partnership-settings.store.js';
import { quartersOfFinancialYear, rangeOfFinancialYear, rangeOfQuarter, type DateRange, type FinancialQuarterNumber } from '@app/periods';
import { MARAC_AGENCIES, repeatRate, summariseRepeatRate, type RepeatRateSummary } from '../domain/index.js';
import { partnershipOfMarac } from './marac-scope.js';

/**
 * Counts in published tables. Coordinators get exact figures; analysts (depersonalised data only) get
 * counts of 1 to SMALL_COUNT_THRESHOLD-1 as `<threshold` (default `<5`); 0 stays 0.
 */
export type PublishedCount = SuppressedCount;

/**
 * The repeat rate for a period. For analysts `cases` and `repeatCases` are suppressed when small; the
 * rate and its status against the band are the measure SafeLives asks for and stay as they are.
 */
export interface RepeatRateReport extends Omit<RepeatRateSummary, 'cases' | 'repeatCases'> {
  maracId: string;
  from: string;
  to: string;
  cases: PublishedCount;
  repeatCases: PublishedCount;
}

/**
 * The repeat rate of every MARAC of the caller's partnerships that heard cases in the period, each against
 * its partnership's band, and of all of them together (a national or regional view: no single band applies).
 */
export interface RepeatRatesAcrossMaracs {
  from: string;
  to: string;
  cases: PublishedCount;
  repeatCases: PublishedCount;
  rate: number | null;
  maracs: (RepeatRateReport & { partnershipId: string })[];
}

export interface QuarterlyRepeatRates {
  maracId: string;
  financialYear: string;
  quarters: (RepeatRateReport & { quarter: FinancialQuarterNumber })[];
  year: RepeatRateReport;
}

export interface SafeLivesReport {
  maracId: string;
  financialYear: string;
  quarter: FinancialQuarterNumber | null;
  from: string;
  to: string;
  /** Cases heard in the period, repeats included (each hearing counts once). */
  cases: PublishedCount;
  repeatCases: PublishedCount;
  repeatPercent: number | null;
  adultFemalePopulation: number | null;
  /**
   * cases / adult female population x 10,000 for the period; null when the population is not configured.
   * With the population it gives the number of cases back, so when analysts' `cases` is suppressed this
   * is too: `<x`, x being the figure the threshold would give.
   */
  casesPer10kAdultFemales: number | `<${number}` | null;
  /** The same, scaled to a year (SafeLives recommends about 40 a year). */
  annualisedCasesPer10kAdultFemales: number | `<${number}` | null;
  partnerAgencyReferralsPercent: number | null;
  blackAsianRaciallyMinoritisedPercent: number | null;
  lgbtPlusPercent: number | null;
  disabledPercent: number | null;
  malePercent: number | null;
  aged16To17: PublishedCount;
  childrenInHouseholds: PublishedCount;
}

export interface AgencyEngagementRow {
  agency: string;
  meetingsAttended: number;
  attendanceRate: number | null;
  actionsDue: number;
  actionsCompleted: number;
  actionsCompletedLate: number;
  actionsOverdue: number;
}

export interface AgencyEngagementReport {
  maracId: string;
  from: string;
  to: string;
  asOf: string;
  /** Meetings of the MARAC at which at least one case was heard in the period. */
  meetings: number;
  agencies: AgencyEngagementRow[];
}

const SCOPE = 'h.partnership_id = ANY($2::text[])';

function percent(count: number, of: number): number | null {
  return of === 0 ? null : Math.round((count / of) * 1000) / 10;
}

/**
 * The MARAC figures for analysts and coordinators, from the depersonalised read model only (no names,
 * no dates of birth), scoped to the caller's partnerships: a MARAC none of them holds is a 404. For
 * analysts, small counts are suppressed (see PublishedCount).
 */
@Injectable()
export class MaracReportsReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: PartnershipSettingsStore,
    private readonly depersonaliser: Depersonaliser,
  ) {}

  /** The MARAC's partnership configuration (band, population); 404 when the caller's partnerships do not hold the MARAC. */
  async settingsOfMarac(caller: Caller, maracId: string): Promise<PartnershipSettings> {
    assertCallerRole(caller, 'analyst', 'coordinator');
    return this.settings.settingsOf(await partnershipOfMarac(this.dataSource, caller, maracId));
  }

  /** A count as the caller may see it. */
  private count(caller: Caller, count: number): PublishedCount {
    return seesDepersonalisedOnly(caller) ? this.depersonaliser.suppress(count) : count;
  }

  async repeatRate(caller: Caller, maracId: string, range: DateRange, settings?: PartnershipSettings): Promise<RepeatRateReport> {
    assertCallerRole(caller, 'analyst', 'coordinator');
    const band = (settings ?? (await this.settingsOfMarac(caller, maracId))).repeatBand;
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS cases, count(*) FILTER (WHERE as_repeat)::int AS repeats
       FROM marac_report_hearings h WHERE h.marac_id = $1 AND ${SCOPE} AND h.heard_on BETWEEN $3::date AND $4::date`,
      [maracId, partnershipsOf(caller), range.from, range.to],
    );
    const summary = summariseRepeatRate({ cases: row.cases, repeatCases: row.repeats }, band);
    return {
      maracId,
      from: range.from,
      to: range.to,
      ...summary,
      cases: this.count(caller, summary.cases),
      repeatCases: this.count(caller, summary.repeatCases),
    };
  }

  async repeatRatesAcrossMaracs(caller: Caller, range: DateRange): Promise<RepeatRatesAcrossMaracs> {
    assertCallerRole(caller, 'analyst', 'coordinator');
    const rows: { marac_id: string; partnership_id: string; cases: number; repeats: number }[] = await this.dataSource.query(
      `SELECT h.marac_id, h.partnership_id, count(*)::int AS cases, count(*) FILTER (WHERE h.as_repeat)::int AS repeats
       FROM marac_report_hearings h WHERE h.partnership_id = ANY($1::text[]) AND h.heard_on BETWEEN $2::date AND $3::date
       GROUP BY h.marac_id, h.partnership_id ORDER BY h.marac_id, h.partnership_id`,
      [partnershipsOf(caller), range.from, range.to],
    );
    const settings = await this.settings.settingsOfEach([...new Set(rows.map((row) => row.partnership_id))]);
    const maracs = rows.map((row) => {
      const summary = summariseRepeatRate({ cases: row.cases, repeatCases: row.repeats }, settings.get(row.partnership_id)!.repeatBand);
      return {
        maracId: row.marac_id,
        partnershipId: row.partnership_id,
        from: range.from,
        to: range.to,
        ...summary,
        cases: this.count(caller, summary.cases),
        repeatCases: this.count(caller, summary.repeatCases),
      };
    });
    const cases = rows.reduce((sum, row) => sum + row.cases, 0);
    const repeats = rows.reduce((sum, row) => sum + row.repeats, 0);
    return {
      from: range.from,
      to: range.to,
      cases: this.count(caller, cases),
      repeatCases: this.count(caller, repeats),
      rate: repeatRate(cases, repeats),
      maracs,
    };
  }

  async repeatRateByQuarter(caller: Caller, maracId: string, financialYear: string): Promise<QuarterlyRepeatRates> {
    const settings = await this.settingsOfMarac(caller, maracId);
    const quarters = await Promise.all(
      quartersOfFinancialYear(financialYear).map(async (q) => ({ quarter: q.quarter, ...(await this.repeatRate(caller, maracId, q, settings)) })),
    );
    return { maracId, financialYear, quarters, year: await this.repeatRate(caller, maracId, rangeOfFinancialYear(financialYear), settings) };
  }

  async safeLives(caller: Caller, maracId: string, financialYear: string, quarter: FinancialQuarterNumber | null): Promise<SafeLivesReport> {
    const range = quarter === null ? rangeOfFinancialYear(financialYear) : rangeOfQuarter(financialYear, quarter);
    const settings = await this.settingsOfMarac(caller, maracId);
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS cases,
              count(*) FILTER (WHERE h.as_repeat)::int AS repeats,
              count(*) FILTER (WHERE c.referring_agency <> 'police')::int AS partner,
              count(*) FILTER (WHERE c.ethnicity = 'black-asian-racially-minoritised')::int AS bame,
              count(*) FILTER (WHERE c.lgbt_plus)::int AS lgbt,
              count(*) FILTER (WHERE c.disabled)::int AS disabled,
              count(*) FILTER (WHERE c.sex = 'male')::int AS male,
              count(*) FILTER (WHERE c.aged_16_17)::int AS aged_16_17,
              COALESCE(sum(c.children_in_household), 0)::int AS children
       FROM marac_report_hearings h JOIN marac_report_cases c ON c.case_id = h.case_id
       WHERE h.marac_id = $1 AND ${SCOPE} AND h.heard_on BETWEEN $3::date AND $4::date`,
      [maracId, partnershipsOf(caller), range.from, range.to],
    );
    const population = settings.adultFemalePopulation;
    const yearly = quarter === null ? 1 : 4;
    const per10k = (cases: number, scale: number) => (population === null ? null : Math.round((cases / population) * 10_000 * scale * 100) / 100);
    const casesShown = this.count(caller, row.cases);
    // Suppressed cases: the per-10k figures would give them back (x population / 10,000), so they show as
    // "less than" the figure the threshold would give.
    const per10kShown = (scale: number): number | `<${number}` | null => {
      const below = per10k(this.depersonaliser.smallCountThreshold, scale);
      return typeof casesShown === 'string' && below !== null ? `<${below}` : per10k(row.cases, scale);
    };
    return {
      maracId,
      financialYear,
      quarter,
      from: range.from,
      to: range.to,
      cases: casesShown,
      repeatCases: this.count(caller, row.repeats),
      repeatPercent: percent(row.repeats, row.cases),
      adultFemalePopulation: population,
      casesPer10kAdultFemales: per10kShown(1),
      annualisedCasesPer10kAdultFemales: per10kShown(yearly),
      partnerAgencyReferralsPercent: percent(row.partner, row.cases),
      blackAsianRaciallyMinoritisedPercent: percent(row.bame, row.cases),
      lgbtPlusPercent: percent(row.lgbt, row.cases),
      disabledPercent: percent(row.disabled, row.cases),
      malePercent: percent(row.male, row.cases),
      aged16To17: this.count(caller, row.aged_16_17),
      childrenInHouseholds: this.count(caller, row.children),
    };
  }

  /**
   * Agency engagement counts meetings and agencies' actions, not people, so its figures are exact for
   * analysts too.
   */
  async agencyEngagement(caller: Caller, maracId: string, range: DateRange, asOf: string): Promise<AgencyEngagementReport> {
    assertCallerRole(caller, 'analyst', 'coordinator');
    await partnershipOfMarac(this.dataSource, caller, maracId);
    const params = [maracId, partnershipsOf(caller), range.from, range.to];
    const [{ meetings }] = await this.dataSource.query(
      `SELECT count(DISTINCT h.meeting_id)::int AS meetings FROM marac_report_hearings h
       WHERE h.marac_id = $1 AND ${SCOPE} AND h.heard_on BETWEEN $3::date AND $4::date`,
      params,
    );
    const attendance: { agency: string; attended: number }[] = await this.dataSource.query(
      `SELECT agency, count(DISTINCT h.meeting_id)::int AS attended
       FROM marac_report_hearings h CROSS JOIN LATERAL unnest(h.agencies_present) AS agency
       WHERE h.marac_id = $1 AND ${SCOPE} AND h.heard_on BETWEEN $3::date AND $4::date GROUP BY agency`,
      params,
    );
    const actions: { agency: string; due: number; completed: number; late: number; overdue: number }[] = await this.dataSource.query(
      `SELECT h.agency, count(*)::int AS due,
              count(*) FILTER (WHERE h.completed_on <= $5::date)::int AS completed,
              count(*) FILTER (WHERE h.completed_on <= $5::date AND h.completed_on > h.due_date)::int AS late,
              count(*) FILTER (WHERE (h.completed_on IS NULL OR h.completed_on > $5::date) AND h.due_date < $5::date)::int AS overdue
       FROM marac_report_actions h
       WHERE h.marac_id = $1 AND ${SCOPE} AND h.due_date BETWEEN $3::date AND $4::date GROUP BY h.agency`,
      [...params, asOf],
    );
    return {
      maracId,
      from: range.from,
      to: range.to,
      asOf,
      meetings,
      agencies: MARAC_AGENCIES.map((agency) => {
        const attended = attendance.find((a) => a.agency === agency)?.attended ?? 0;
        const a = actions.find((row) => row.agency === agency);
        return {
          agency,
          meetingsAttended: attended,
          attendanceRate: meetings === 0 ? null : Math.round((attended / meetings) * 10_000) / 10_000,
          actionsDue: a?.due ?? 0,
          actionsCompleted: a?.completed ?? 0,
          actionsCompletedLate: a?.late ?? 0,
          actionsOverdue: a?.overdue ?? 0,
        };
      }),
    };
  }
}
