import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { stringify } from 'csv-stringify/sync';
import type { Request, Response } from 'express';
import { AuditRecordAccess, noteAudit, Roles } from '@app/access';
import { PeriodQuery, resolvePeriodQuery, todayInLondon } from '@app/periods';
import { CaseListQuery, type CaseListPage } from '../read-models/case-list.query.js';
import { DepersonalisedCasesQuery, type DepersonalisedCasePage } from '../read-models/depersonalised-cases.query.js';
import { MaracReportsQuery } from '../read-models/marac-reports.query.js';
import { AgencyEngagementQueryDto, CaseListQueryDto, DepersonalisedCasesQueryDto, SafeLivesQueryDto } from './queries.dto.js';
import {
  AgencyEngagementResponse,
  CaseListResponse,
  DepersonalisedCasesResponse,
  QuarterlyRepeatRatesResponse,
  RepeatRateResponse,
  RepeatRatesAcrossMaracsResponse,
  SafeLivesResponse,
} from './responses.dto.js';
import { callerOf } from './validation.js';

/** Queries across every MARAC of the caller's partnerships (a regional or national analyst's view). */
@ApiTags('MARAC')
@ApiBadRequestResponse({ description: 'Invalid query parameters (problem+json, each field named).' })
@Controller('maracs')
export class AllMaracsController {
  constructor(private readonly reports: MaracReportsQuery) {}

  @Get('repeat-rates')
  @Roles('analyst', 'coordinator')
  @ApiOperation({
    summary: "Repeat rate of every MARAC in your partnerships for a date range or quarter, each against its partnership's band, and of them all together",
  })
  @ApiOkResponse({ type: RepeatRatesAcrossMaracsResponse })
  async repeatRates(@Query() query: PeriodQuery, @Req() request: Request) {
    const { from, to } = resolvePeriodQuery(query);
    return this.reports.repeatRatesAcrossMaracs(callerOf(request), { from, to });
  }
}

/**
 * Per-MARAC queries. Counts in the published tables (repeat rate, SafeLives) are exact for coordinators
 * and small-count suppressed (1-4 as `<5`, SMALL_COUNT_THRESHOLD) for analysts; rates and percentages
 * are the measures themselves and are not suppressed.
 */
@ApiTags('MARAC')
@ApiBadRequestResponse({ description: 'Invalid query parameters (problem+json, each field named).' })
@ApiNotFoundResponse({ description: "No such MARAC in your partnerships (another partnership's MARAC looks the same as none)." })
@Controller('maracs/:maracId')
export class MaracsController {
  constructor(
    private readonly caseList: CaseListQuery,
    private readonly reports: MaracReportsQuery,
    private readonly depersonalised: DepersonalisedCasesQuery,
  ) {}

  @Get('cases')
  @Roles('coordinator')
  @AuditRecordAccess({ kind: 'marac_case_list', recordParam: 'maracId' })
  @ApiOperation({ summary: "A coordinator's case list: open cases, risk band, repeat flag, next meeting, overdue actions (names victims: audited)" })
  @ApiOkResponse({ type: CaseListResponse })
  async cases(@Param('maracId') maracId: string, @Query() query: CaseListQueryDto, @Req() request: Request): Promise<CaseListPage> {
    const page = await this.caseList.execute(callerOf(request), maracId, {
      status: query.status ?? 'open',
      repeat: query.repeat,
      riskBand: query.riskBand,
      asOf: query.asOf ?? todayInLondon(new Date()),
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 25,
    });
    noteAudit(request, { partnershipId: page.partnershipId, subjectIds: page.items.map((item) => item.victimPersonId) });
    return page;
  }

  @Get('cases/depersonalised')
  @Roles('analyst')
  @ApiOperation({
    summary: 'Analysts\' case-level data: cases referred in the period with pseudonymous ids, age band, risk band, repeat flag, referring agency and referral month; no personal data',
  })
  @ApiOkResponse({ type: DepersonalisedCasesResponse })
  async depersonalisedCases(@Param('maracId') maracId: string, @Query() query: DepersonalisedCasesQueryDto, @Req() request: Request): Promise<DepersonalisedCasePage> {
    const { from, to } = resolvePeriodQuery(query);
    return this.depersonalised.execute(callerOf(request), maracId, { from, to }, { page: query.page ?? 1, pageSize: query.pageSize ?? 100 });
  }

  @Get('repeat-rate')
  @Roles('analyst', 'coordinator')
  @ApiOperation({ summary: 'Repeat rate (repeat cases heard / cases heard) for a date range or a financial-year quarter, against the band' })
  @ApiOkResponse({
    type: RepeatRateResponse,
    schema: { example: { maracId: 'marac-north', from: '2025-04-01', to: '2025-06-30', cases: 40, repeatCases: 13, rate: 0.325, band: { low: 0.28, high: 0.4 }, status: 'within' } },
  })
  async repeatRate(@Param('maracId') maracId: string, @Query() query: PeriodQuery, @Req() request: Request) {
    const { from, to } = resolvePeriodQuery(query);
    return this.reports.repeatRate(callerOf(request), maracId, { from, to });
  }

  @Get('repeat-rate/quarters')
  @Roles('analyst', 'coordinator')
  @ApiOperation({ summary: 'Repeat rate for each quarter of a UK financial year (Q1 Apr-Jun ... Q4 Jan-Mar) and the year' })
  @ApiOkResponse({ type: QuarterlyRepeatRatesResponse })
  async repeatRateQuarters(@Param('maracId') maracId: string, @Query() query: PeriodQuery, @Req() request: Request) {
    const { financialYear } = resolvePeriodQuery(query, ['financialYear']);
    return this.reports.repeatRateByQuarter(callerOf(request), maracId, financialYear);
  }

  @Get('safelives')
  @Roles('analyst', 'coordinator')
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({ summary: "SafeLives quarterly data for a MARAC (JSON, or CSV with Accept: text/csv or ?format=csv)" })
  @ApiOkResponse({ type: SafeLivesResponse, description: 'CSV: a header row and one data row with the same fields.' })
  async safeLives(
    @Param('maracId') maracId: string,
    @Query() query: SafeLivesQueryDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const period = resolvePeriodQuery(query, ['financialYear', 'quarter']);
    const report = await this.reports.safeLives(callerOf(request), maracId, period.financialYear, period.form === 'quarter' ? period.quarter : null);
    const wantsCsv = query.format === 'csv' || (query.format === undefined && /text\/csv/.test(request.header('accept') ?? ''));
    if (!wantsCsv) return report;
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="safelives-${maracId}-${period.label}.csv"`);
    return stringify([report as unknown as Record<string, unknown>], { header: true, cast: { boolean: (v) => String(v) } });
  }

  @Get('agency-engagement')
  @Roles('analyst', 'coordinator')
  @ApiOperation({ summary: 'Attendance rate per agency at meetings heard in the period, and its actions completed / overdue' })
  @ApiOkResponse({ type: AgencyEngagementResponse })
  async agencyEngagement(@Param('maracId') maracId: string, @Query() query: AgencyEngagementQueryDto, @Req() request: Request) {
    const { from, to } = resolvePeriodQuery(query);
    return this.reports.agencyEngagement(callerOf(request), maracId, { from, to }, query.asOf ?? todayInLondon(new Date()));
  }
}
