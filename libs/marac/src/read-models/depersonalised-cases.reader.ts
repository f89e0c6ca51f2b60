import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Depersonaliser } from '@app/access';
import type { DateRange } from '@app/periods';
import { assertCallerRole, partnershipsOf, type Caller } from '@app/access';
import type { AgeBand, MaracAgency, ReferralCriterion, RiskBand } from '../domain/index.js';
import { CaseListEntry } from './case-list-entry.entity.js';
import { MaracRegistry } from '../application/marac-registry.js';
import { ReportCase } from './report-case.entity.js';

/**
 * One case as an analyst may see it: pseudonymous ids (stable across reports, so repeat referrals of
 * the same victim can be linked, but not reversible without the server's secret), the referral month
 * rather than the date, and an age band. Never a name, address, contact detail, date of birth, free
 * text, or the real case and person ids.
 */
export interface DepersonalisedCase {
  /** Pseudonym of the case (`p_` + 24 hex). */
  caseRef: string;
  /** Pseudonym of the victim: the same for every referral of the same person. */
  victimRef: string;
  /** YYYY-MM. */
  referralMonth: string;
  referringAgency: MaracAgency;
  criterion: ReferralCriterion;
  /** The victim's age band at referral (16-17 on its own). */
  ageBand: AgeBand;
  /** The level the case is managed at (latest DASH), or null when none was recorded. */
  riskBand: RiskBand | null;
  /** A repeat from referral or made one by a further incident. */
  isRepeat: boolean;
}

export interface DepersonalisedCasePage {
  maracId: string;
  from: string;
  to: string;
  page: number;
  pageSize: number;
  total: number;
  items: DepersonalisedCase[];
}

/**
 * Analysts' case-level data for a MARAC: cases referred in a period, from the depersonalised reports
 * model (profile, agency, criterion) and the case list's non-personal columns (person id for the
 * pseudonym, risk band, repeat flag); the victim's name column is never selected. Ordered by month and
 * then by an order unrelated to the referral date, so the order of rows within a month says nothing.
 */
@Injectable()
export class DepersonalisedCasesReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly depersonaliser: Depersonaliser,
    private readonly registry: MaracRegistry,
  ) {}

  async execute(
    caller: Caller,
    maracId: string,
    range: DateRange,
    paging: { page: number; pageSize: number },
  ): Promise<DepersonalisedCasePage> {
    assertCallerRole(caller, 'analyst');
    await this.registry.partnershipOfMarac(caller, maracId);
    const referred = this.dataSource
      .createQueryBuilder(ReportCase, 'r')
      .innerJoin(CaseListEntry, 'c', 'c.case_id = r.case_id')
      .where('r.marac_id = :maracId', { maracId })
      .andWhere('r.partnership_id = ANY(:partnerships)', { partnerships: partnershipsOf(caller) })
      .andWhere('r.referral_date BETWEEN :from AND :to', { from: range.from, to: range.to });
    const { total } = (await referred.clone().select('count(*)::int', 'total').getRawOne<{ total: number }>())!;
    const rows = await referred
      .select(['r.case_id AS case_id', 'c.victim_person_id AS victim_person_id', "to_char(r.referral_date, 'YYYY-MM') AS referral_month"])
      .addSelect([
        'r.referring_agency AS referring_agency',
        'r.criterion AS criterion',
        'r.age_band AS age_band',
        'c.risk_band AS risk_band',
      ])
      .addSelect('(r.repeat_referral OR COALESCE(c.is_repeat, false))', 'is_repeat')
      .orderBy("date_trunc('month', r.referral_date)")
      .addOrderBy('md5(r.case_id)')
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize)
      .getRawMany<{
        case_id: string;
        victim_person_id: string;
        referral_month: string;
        referring_agency: MaracAgency;
        criterion: ReferralCriterion;
        age_band: AgeBand;
        risk_band: RiskBand | null;
        is_repeat: boolean;
      }>();
    return {
      maracId,
      from: range.from,
      to: range.to,
      page: paging.page,
      pageSize: paging.pageSize,
      total,
      items: rows.map((row) => ({
        caseRef: this.depersonaliser.pseudonym(`marac_case:${row.case_id}`),
        victimRef: this.depersonaliser.pseudonym(row.victim_person_id),
        referralMonth: row.referral_month,
        referringAgency: row.referring_agency,
        criterion: row.criterion,
        ageBand: row.age_band,
        riskBand: row.risk_band,
        isRepeat: row.is_repeat,
      })),
    };
  }
}
