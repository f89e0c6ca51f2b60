import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Depersonaliser } from '@app/access';
import { DateProperty, type DateRange } from '@app/periods';
import { assertCallerRole, partnershipsOf, type Caller } from '@app/access';
import {
  AGE_BANDS,
  MARAC_AGENCIES,
  REFERRAL_CRITERIA,
  RISK_BANDS,
  type AgeBand,
  type MaracAgency,
  type ReferralCriterion,
  type RiskBand,
} from '../domain/index.js';
import { EXAMPLE_MARAC_ID } from '../application/examples.js';
import { CaseListEntry } from './case-list-entry.entity.js';
import { MaracRegistry } from '../application/marac-registry.js';
import { ReportCase } from './report-case.entity.js';

/**
 * One case as an analyst may see it: pseudonymous ids (stable across reports, so repeat referrals of
 * the same victim can be linked, but not reversible without the server's secret), the referral month
 * rather than the date, and an age band. Never a name, address, contact detail, date of birth, free
 * text, or the real case and person ids.
 */
export class DepersonalisedCase {
  @ApiProperty({ pattern: '^p_[0-9a-f]{24}$', example: 'p_3f9c0a1b2c3d4e5f60718293', description: 'Pseudonym of the case.' })
  caseRef: string;
  @ApiProperty({
    pattern: '^p_[0-9a-f]{24}$',
    example: 'p_a1b2c3d4e5f60718293a4b5c',
    description: 'Pseudonym of the victim: the same for every referral of the same person.',
  })
  victimRef: string;
  @ApiProperty({ pattern: '^\\d{4}-\\d{2}$', example: '2025-04', description: 'The referral month (YYYY-MM), not the date.' })
  referralMonth: string;
  @ApiProperty({ enum: MARAC_AGENCIES, example: 'police' }) referringAgency: MaracAgency;
  @ApiProperty({ enum: REFERRAL_CRITERIA, example: 'visible-high-risk' }) criterion: ReferralCriterion;
  @ApiProperty({ enum: AGE_BANDS, example: '25-34', description: "The victim's age band at referral (16-17 on its own)." })
  ageBand: AgeBand;
  @ApiProperty({ type: String, enum: [...RISK_BANDS, null], nullable: true, example: 'high', description: 'Latest DASH level, or null.' })
  riskBand: RiskBand | null;
  @ApiProperty({ example: false, description: 'A repeat from referral or made one by a further incident.' }) isRepeat: boolean;
}

export class DepersonalisedCasePage {
  @ApiProperty({ example: EXAMPLE_MARAC_ID }) maracId: string;
  @DateProperty({ example: '2025-04-01' }) from: string;
  @DateProperty({ example: '2026-03-31' }) to: string;
  @ApiProperty({ type: 'integer', example: 1 }) page: number;
  @ApiProperty({ type: 'integer', example: 100 }) pageSize: number;
  @ApiProperty({ type: 'integer', example: 1 }) total: number;
  @ApiProperty({ type: [DepersonalisedCase] }) items: DepersonalisedCase[];
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
