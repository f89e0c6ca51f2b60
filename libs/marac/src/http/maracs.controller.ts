import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';
import { AuditRecordAccess, Caller, Roles, type AuthenticatedUser } from '@app/access';
import { RequestProblem } from '@app/http';
import { GetAgencyEngagementQuery } from '../application/get-agency-engagement/get-agency-engagement.query.js';
import { GetQuarterlyRepeatRatesQuery } from '../application/get-quarterly-repeat-rates/get-quarterly-repeat-rates.query.js';
import { GetRepeatRateQuery } from '../application/get-repeat-rate/get-repeat-rate.query.js';
import { GetRepeatRatesAcrossMaracsQuery } from '../application/get-repeat-rates-across-maracs/get-repeat-rates-across-maracs.query.js';
import { GetSafeLivesReportQuery } from '../application/get-safelives-report/get-safelives-report.query.js';
import { ListCasesQuery } from '../application/list-cases/list-cases.query.js';
import { ListDepersonalisedCasesQuery } from '../application/list-depersonalised-cases/list-depersonalised-cases.query.js';
import { rangeOfQuarter, type FinancialQuarterNumber, financialYearStart } from '../domain/index.js';
import type { CaseListPage } from '../read-models/case-list.reader.js';
import type { DepersonalisedCasePage } from '../read-models/depersonalised-cases.reader.js';
import { CaseListQueryDto, DepersonalisedCasesQueryDto, FinancialYearQueryDto, PeriodQueryDto, RepeatRateQueryDto, SafeLivesQueryDto } from './queries.dto.js';
import {
  AgencyEngagementResponse,
  CaseListResponse,
  DepersonalisedCasesResponse,
  QuarterlyRepeatRatesResponse,
  RepeatRateResponse,
  RepeatRatesAcrossMaracsResponse,
  SafeLivesResponse,
} from './responses.dto.js';
import { MaracParams } from './params.dto.js';
import { today } from './validation.js';

function badQuery(field: string, message: string): RequestProblem {
  return new RequestProblem(400, message, [{ field, messages: [message] }]);
}

function checkFinancialYear(label: string, field = 'financialYear'): string {
  try {
    financialYearStart(label);
    return label;
  } catch {
    throw badQuery(field, `${field} must be a financial year like 2025-26 (two consecutive years)`);
  }
}

function checkPeriod(from: string, to: string): void {
  if (from > to) throw badQuery('to', 'to must not be before from');
}

/** A repeat-rate query's period: a financial-year quarter, or from and to. */
function periodOf(query: RepeatRateQueryDto): { from: string; to: string } {
  if (query.quarter !== undefined) {
    if (query.from !== undefined || query.to !== undefined) throw badQuery('quarter', 'give either quarter or from and to, not both');
    const [start, end, q] = query.quarter.split('-');
    return rangeOfQuarter(checkFinancialYear(`${start}-${end}`, 'quarter'), Number(q.slice(1)) as FinancialQuarterNumber);
  }
  checkPeriod(query.from!, query.to!);
  return { from: query.from!, to: query.to! };
}

/** Queries across every MARAC of the caller's partnerships (a regional or national analyst's view). */
@ApiTags('MARAC')
@ApiBadRequestResponse({ description: 'Invalid query parameters (problem+json, each field named).' })
@Controller('maracs')
export class AllMaracsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('repeat-rates')
  @Roles('analyst', 'coordinator')
  @ApiOperation({
    summary: "Repeat rate of every MARAC in your partnerships for a date range or quarter, each against its partnership's band, and of them all together",
  })
  @ApiOkResponse({ type: RepeatRatesAcrossMaracsResponse })
  repeatRates(@Query() query: RepeatRateQueryDto, @Caller() caller: AuthenticatedUser) {
    return this.queryBus.execute(new GetRepeatRatesAcrossMaracsQuery(caller, { range: periodOf(query) }));
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
  constructor(private readonly queryBus: QueryBus) {}

  @Get('cases')
  @Roles('coordinator')
  @AuditRecordAccess<CaseListPage>({
    kind: 'marac_case_list',
    recordParam: 'maracId',
    noteOf: (page) => ({ partnershipId: page.partnershipId, subjectIds: page.items.map((item) => item.victimPersonId) }),
  })
  @ApiOperation({ summary: "A coordinator's case list: open cases, risk band, repeat flag, next meeting, overdue actions (names victims: audited)" })
  @ApiOkResponse({ type: CaseListResponse })
  cases(@Param() { maracId }: MaracParams, @Query() query: CaseListQueryDto, @Caller() caller: AuthenticatedUser): Promise<CaseListPage> {
    const filter = {
      status: query.status ?? 'open',
      repeat: query.repeat,
      riskBand: query.riskBand,
      asOf: query.asOf ?? today(),
      page: query.page,
      pageSize: query.pageSize,
    };
    return this.queryBus.execute(new ListCasesQuery(caller, { maracId, filter }));
  }

  @Get('cases/depersonalised')
  @Roles('analyst')
  @ApiOperation({
    summary: 'Analysts\' case-level data: cases referred in the period with pseudonymous ids, age band, risk band, repeat flag, referring agency and referral month; no personal data',
  })
  @ApiOkResponse({ type: DepersonalisedCasesResponse })
  depersonalisedCases(@Param() { maracId }: MaracParams, @Query() query: DepersonalisedCasesQueryDto, @Caller() caller: AuthenticatedUser): Promise<DepersonalisedCasePage> {
    checkPeriod(query.from, query.to);
    const range = { from: query.from, to: query.to };
    return this.queryBus.execute(new ListDepersonalisedCasesQuery(caller, { maracId, range, page: query.page, pageSize: query.pageSize }));
  }

  @Get('repeat-rate')
  @Roles('analyst', 'coordinator')
  @ApiOperation({ summary: 'Repeat rate (repeat cases heard / cases heard) for a date range or a financial-year quarter, against the band' })
  @ApiOkResponse({
    type: RepeatRateResponse,
    schema: { example: { maracId: 'marac-north', from: '2025-04-01', to: '2025-06-30', cases: 40, repeatCases: 13, rate: 0.325, band: { low: 0.28, high: 0.4 }, status: 'within' } },
  })
  repeatRate(@Param() { maracId }: MaracParams, @Query() query: RepeatRateQueryDto, @Caller() caller: AuthenticatedUser) {
    return this.queryBus.execute(new GetRepeatRateQuery(caller, { maracId, range: periodOf(query) }));
  }

  @Get('repeat-rate/quarters')
  @Roles('analyst', 'coordinator')
  @ApiOperation({ summary: 'Repeat rate for each quarter of a UK financial year (Q1 Apr-Jun ... Q4 Jan-Mar) and the year' })
  @ApiOkResponse({ type: QuarterlyRepeatRatesResponse })
  repeatRateQuarters(@Param() { maracId }: MaracParams, @Query() query: FinancialYearQueryDto, @Caller() caller: AuthenticatedUser) {
    return this.queryBus.execute(new GetQuarterlyRepeatRatesQuery(caller, { maracId, financialYear: checkFinancialYear(query.financialYear) }));
  }

  @Get('safelives')
  @Roles('analyst', 'coordinator')
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({ summary: "SafeLives quarterly data for a MARAC (JSON, or CSV with Accept: text/csv or ?format=csv)" })
  @ApiOkResponse({ type: SafeLivesResponse, description: 'CSV: a header row and one data row with the same fields.' })
  async safeLives(
    @Param() { maracId }: MaracParams,
    @Query() query: SafeLivesQueryDto,
    @Caller() caller: AuthenticatedUser,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const report = await this.queryBus.execute(
      new GetSafeLivesReportQuery(caller, {
        maracId,
        financialYear: checkFinancialYear(query.financialYear),
        quarter: (query.quarter ?? null) as FinancialQuarterNumber | null,
      }),
    );
    const wantsCsv = query.format === 'csv' || (query.format === undefined && /text\/csv/.test(accept ?? ''));
    if (!wantsCsv) return report;
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="safelives-${maracId}-${report.financialYear}${report.quarter ? `-Q${report.quarter}` : ''}.csv"`);
    return stringify([report as unknown as Record<string, unknown>], { header: true, cast: { boolean: (v) => String(v) } });
  }

  @Get('agency-engagement')
  @Roles('analyst', 'coordinator')
  @ApiOperation({ summary: 'Attendance rate per agency at meetings heard in the period, and its actions completed / overdue' })
  @ApiOkResponse({ type: AgencyEngagementResponse })
  agencyEngagement(@Param() { maracId }: MaracParams, @Query() query: PeriodQueryDto, @Caller() caller: AuthenticatedUser) {
    checkPeriod(query.from, query.to);
    return this.queryBus.execute(new GetAgencyEngagementQuery(caller, { maracId, range: { from: query.from, to: query.to }, asOf: query.asOf ?? today() }));
  }
}
