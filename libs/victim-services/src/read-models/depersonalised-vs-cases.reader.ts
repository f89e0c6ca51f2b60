import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Depersonaliser } from '@app/access';
import { DateProperty, type DateRange } from '@app/periods';
import {
  ASB_CATEGORIES,
  CLOSURE_REASONS,
  distanceTravelled,
  improved,
  isRepeatReport,
  RISK_LEVELS,
  type AsbCategory,
  type ClosureReason,
  type RiskLevel,
} from '../domain/index.js';
import { EXAMPLE_SERVICE_ID } from '../application/vs-common.js';
import { VictimReportsReader } from './victim-reports.reader.js';

const REF = { pattern: '^p_[0-9a-f]{24}$', example: 'p_3f9c0a1b2c3d4e5f60718293' };
const MONTH = { pattern: '^\\d{4}-\\d{2}$', example: '2016-04' };

/**
 * One victim-service case as an analyst may see it: pseudonymous ids (stable, so a victim's cases link up,
 * not reversible without the server's secret), months rather than dates, codes only. Never a name, the
 * location, an alleged perpetrator, a risk answer, free text, or the real case and person ids.
 */
export class DepersonalisedVsCase {
  @ApiProperty({ ...REF, description: 'Pseudonym of the case.' })
  caseRef: string;
  @ApiProperty({ ...REF, description: 'Pseudonym of the victim: the same for every case of the same person.' })
  victimRef: string;
  @ApiProperty({ ...MONTH, description: 'The referral month (YYYY-MM), not the date.' })
  referralMonth: string;
  @ApiProperty({ enum: ['self', 'partner'], example: 'partner' })
  route: 'self' | 'partner';
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'police',
    description: 'The referring partner (a code of the list); null for a self-referral.',
  })
  referringPartner: string | null;
  @ApiProperty({ enum: ASB_CATEGORIES, example: 'personal' })
  asbCategory: AsbCategory;
  @ApiProperty({
    type: String,
    enum: [...RISK_LEVELS, null],
    nullable: true,
    example: 'high',
    description: 'The level managed at, or null before an assessment.',
  })
  riskLevel: RiskLevel | null;
  @ApiProperty({
    example: false,
    description: "A report of the case came within the repeat window of the victim's previous report (any service of the partnership).",
  })
  repeatVictim: boolean;
  @ApiProperty({ type: String, nullable: true, ...MONTH, description: 'The closure month, or null while open.' })
  closedMonth: string | null;
  @ApiProperty({ type: String, enum: [...CLOSURE_REASONS, null], nullable: true, example: 'planned-exit' })
  closureReason: ClosureReason | null;
  @ApiProperty({ type: String, enum: ['completed', 'declined', null], nullable: true, example: 'completed' })
  exitSurvey: 'completed' | 'declined' | null;
  @ApiProperty({
    type: Boolean,
    nullable: true,
    example: true,
    description: 'Distance travelled above 0 (summed over the domains); null when not measured.',
  })
  improved: boolean | null;
}

export class DepersonalisedVsCasePage {
  @ApiProperty({ example: EXAMPLE_SERVICE_ID }) serviceId: string;
  @DateProperty({ example: '2016-04-01' }) from: string;
  @DateProperty({ example: '2017-03-31' }) to: string;
  @ApiProperty({ type: 'integer', example: 1 }) page: number;
  @ApiProperty({ type: 'integer', example: 100 }) pageSize: number;
  @ApiProperty({ type: 'integer', example: 1 }) total: number;
  @ApiProperty({ type: [DepersonalisedVsCase] }) items: DepersonalisedVsCase[];
}

/**
 * Analysts' case-level data for a service: the cases referred in a period, from vs_cases (which holds no
 * personal data), the repeat-victim rule and distance travelled. Ordered by month and then by an order
 * unrelated to the referral date, so the order within a month says nothing.
 */
@Injectable()
export class DepersonalisedVsCasesReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly depersonaliser: Depersonaliser,
    private readonly reports: VictimReportsReader,
  ) {}

  async read(
    service: { serviceId: string; partnershipId: string },
    range: DateRange,
    paging: { page: number; pageSize: number },
    rules: { repeatWindowMonths: number },
  ): Promise<DepersonalisedVsCasePage> {
    const where = 'c.service_id = $1 AND c.referral_date BETWEEN $2 AND $3';
    const params = [service.serviceId, range.from, range.to];
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM vs_cases c WHERE ${where}`,
      params,
    );
    const rows: {
      case_id: string;
      person_id: string;
      referral_month: string;
      route: 'self' | 'partner';
      referring_partner: string | null;
      asb_category: AsbCategory;
      risk_level: RiskLevel | null;
      closed_month: string | null;
      closure_reason: ClosureReason | null;
      survey_status: 'completed' | 'declined' | null;
      first_scores: Record<string, number> | null;
      last_scores: Record<string, number> | null;
      scorings: number | null;
    }[] = await this.dataSource.query(
      `SELECT c.case_id, c.person_id, to_char(c.referral_date, 'YYYY-MM') AS referral_month, c.route, c.referring_partner,
              c.asb_category, c.risk_level, to_char(c.closed_on, 'YYYY-MM') AS closed_month, c.closure_reason, c.survey_status,
              s.first_scores, s.last_scores, s.scorings
       FROM vs_cases c LEFT JOIN vs_outcome_scores s ON s.case_id = c.case_id
       WHERE ${where}
       ORDER BY date_trunc('month', c.referral_date), md5(c.case_id)
       LIMIT $4 OFFSET $5`,
      [...params, paging.pageSize, (paging.page - 1) * paging.pageSize],
    );
    const repeatCases = new Set(
      (await this.reports.reportsOfService(service, { caseIds: rows.map((r) => r.case_id) }))
        .filter((r) => isRepeatReport(r, rules.repeatWindowMonths))
        .map((r) => r.caseId),
    );
    return {
      serviceId: service.serviceId,
      from: range.from,
      to: range.to,
      page: paging.page,
      pageSize: paging.pageSize,
      total,
      items: rows.map((row) => {
        const distance = distanceTravelled({ first: row.first_scores, last: row.last_scores, scorings: row.scorings ?? 0 });
        return {
          caseRef: this.depersonaliser.pseudonym(`vs_case:${row.case_id}`),
          victimRef: this.depersonaliser.pseudonym(row.person_id),
          referralMonth: row.referral_month,
          route: row.route,
          referringPartner: row.referring_partner,
          asbCategory: row.asb_category,
          riskLevel: row.risk_level,
          repeatVictim: repeatCases.has(row.case_id),
          closedMonth: row.closed_month,
          closureReason: row.closure_reason,
          exitSurvey: row.survey_status,
          improved: distance ? improved(distance) : null,
        };
      }),
    };
  }
}
