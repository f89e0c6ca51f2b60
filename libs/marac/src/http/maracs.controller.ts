import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiExtraModels,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';
import { Answers } from '@app/http';
import { AuditRecordAccess, Caller, Roles, seesDepersonalisedOnly, type AuthenticatedUser } from '@app/access';
import { PERIOD_FORMS, PeriodQuery, resolvePeriodQuery, todayInLondon, WHOLE_PERIOD_FORMS, type PeriodForm } from '@app/periods';
import { GetAgencyEngagementQuery } from '../application/get-agency-engagement/get-agency-engagement.query.js';
import { GetQuarterlyRepeatRatesQuery } from '../application/get-quarterly-repeat-rates/get-quarterly-repeat-rates.query.js';
import { GetRepeatRateQuery } from '../application/get-repeat-rate/get-repeat-rate.query.js';
import { GetRepeatRatesAcrossMaracsQuery } from '../application/get-repeat-rates-across-maracs/get-repeat-rates-across-maracs.query.js';
import { GetSafeLivesReportQuery } from '../application/get-safelives-report/get-safelives-report.query.js';
import { ListCasesQuery } from '../application/list-cases/list-cases.query.js';
import { ListDepersonalisedCasesQuery } from '../application/list-depersonalised-cases/list-depersonalised-cases.query.js';
import { CaseListPage } from '../read-models/case-list.reader.js';
import { DepersonalisedCasePage } from '../read-models/depersonalised-cases.reader.js';
import {
  AgencyEngagementReport,
  QuarterlyRepeatRates,
  RepeatRateReport,
  RepeatRatesAcrossMaracs,
  SafeLivesReport,
} from '../read-models/marac-reports.reader.js';
import { AgencyEngagementQueryDto, CaseListQueryDto, DepersonalisedCasesQueryDto, SafeLivesQueryDto } from './queries.dto.js';
import { MaracParams } from './params.dto.js';

/** Queries across every MARAC of the caller's partnerships (a regional or national analyst's view). */
@ApiTags('MARAC')
@ApiBadRequestResponse({ description: 'Invalid query parameters (problem+json, each field named).' })
@Controller('maracs')
export class AllMaracsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('repeat-rates')
  @Roles('analyst', 'coordinator')
  @ApiOperation({
    summary:
      "Repeat rate of every MARAC in your partnerships for a date range or quarter, each against its partnership's band, and of them all together",
  })
  @Answers(RepeatRatesAcrossMaracs)
  repeatRates(@Query() query: PeriodQuery, @Caller() caller: AuthenticatedUser) {
    return this.queryBus.execute(
      new GetRepeatRatesAcrossMaracsQuery(caller, { period: resolvePeriodQuery(query, publishedPeriodForms(caller)) }),
    );
  }
}

/**
 * The periods a published table or analysts' case-level data may be asked for: any for coordinators (exact
 * figures; they see the cases by name anyway), whole periods (a financial year or quarter) for analysts,
 * whose suppressed figures two overlapping ranges of dates could otherwise give back by subtraction, and
 * whose case rows, referral month only, ranges of single days would date (400 naming the field).
 */
function publishedPeriodForms(caller: AuthenticatedUser): readonly PeriodForm[] {
  return seesDepersonalisedOnly(caller) ? WHOLE_PERIOD_FORMS : PERIOD_FORMS;
}

/**
 * Per-MARAC queries. Counts in the published tables (repeat rate, SafeLives) are exact for coordinators,
 * for any period; analysts get whole periods only, small counts suppressed (1-4 as `<5`,
 * SMALL_COUNT_THRESHOLD), a second count suppressed wherever a total would give the first back, and a
 * rate or percentage suppressed with either of its counts (see AnalystFigures).
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
  @ApiOperation({
    summary: "A coordinator's case list: open cases, risk band, repeat flag, next meeting, overdue actions (names victims: audited)",
  })
  @Answers(CaseListPage)
  cases(@Param() { maracId }: MaracParams, @Query() query: CaseListQueryDto, @Caller() caller: AuthenticatedUser): Promise<CaseListPage> {
    const filter = {
      status: query.status ?? 'open',
      repeat: query.repeat,
      riskBand: query.riskBand,
      personId: query.personId,
      asOf: query.asOf ?? todayInLondon(new Date()),
      page: query.page,
      pageSize: query.pageSize,
    };
    return this.queryBus.execute(new ListCasesQuery(caller, { maracId, filter }));
  }

  @Get('cases/depersonalised')
  @Roles('analyst')
  @ApiOperation({
    summary:
      "Analysts' case-level data: cases referred in the period with pseudonymous ids, age band, risk band, repeat flag, referring agency and referral month; no personal data",
  })
  @Answers(DepersonalisedCasePage)
  depersonalisedCases(
    @Param() { maracId }: MaracParams,
    @Query() query: DepersonalisedCasesQueryDto,
    @Caller() caller: AuthenticatedUser,
  ): Promise<DepersonalisedCasePage> {
    const { from, to } = resolvePeriodQuery(query, publishedPeriodForms(caller));
    return this.queryBus.execute(
      new ListDepersonalisedCasesQuery(caller, { maracId, range: { from, to }, page: query.page, pageSize: query.pageSize }),
    );
  }

  @Get('repeat-rate')
  @Roles('analyst', 'coordinator')
  @ApiOperation({
    summary: 'Repeat rate (repeat cases heard / cases heard) for a date range or a financial-year quarter, against the band',
  })
  @Answers(RepeatRateReport)
  repeatRate(@Param() { maracId }: MaracParams, @Query() query: PeriodQuery, @Caller() caller: AuthenticatedUser) {
    return this.queryBus.execute(
      new GetRepeatRateQuery(caller, { maracId, period: resolvePeriodQuery(query, publishedPeriodForms(caller)) }),
    );
  }

  @Get('repeat-rate/quarters')
  @Roles('analyst', 'coordinator')
  @ApiOperation({ summary: 'Repeat rate for each quarter of a UK financial year (Q1 Apr-Jun ... Q4 Jan-Mar) and the year' })
  @Answers(QuarterlyRepeatRates)
  repeatRateQuarters(@Param() { maracId }: MaracParams, @Query() query: PeriodQuery, @Caller() caller: AuthenticatedUser) {
    const { financialYear } = resolvePeriodQuery(query, ['financialYear']);
    return this.queryBus.execute(new GetQuarterlyRepeatRatesQuery(caller, { maracId, financialYear }));
  }

  @Get('safelives')
  @Roles('analyst', 'coordinator')
  @ApiOperation({ summary: 'SafeLives quarterly data for a MARAC (JSON, or CSV with Accept: text/csv or ?format=csv)' })
  @ApiExtraModels(SafeLivesReport)
  @ApiOkResponse({
    description: 'The report; as CSV, a header row and one data row with the same fields.',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(SafeLivesReport) } },
      'text/csv': {
        schema: {
          type: 'string',
          example: 'maracId,financialYear,quarter,from,to,cases\ndemo-marac-north,2025-26,1,2025-04-01,2025-06-30,52\n',
        },
      },
    },
  })
  async safeLives(
    @Param() { maracId }: MaracParams,
    @Query() query: SafeLivesQueryDto,
    @Caller() caller: AuthenticatedUser,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const period = resolvePeriodQuery(query, ['financialYear', 'quarter']);
    const quarter = period.form === 'quarter' ? period.quarter : null;
    const report = await this.queryBus.execute(
      new GetSafeLivesReportQuery(caller, { maracId, financialYear: period.financialYear, quarter }),
    );
    const wantsCsv = query.format === 'csv' || (query.format === undefined && /text\/csv/.test(accept ?? ''));
    if (!wantsCsv) return report;
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="safelives-${maracId}-${period.label}.csv"`);
    return stringify([report], { header: true, cast: { boolean: (v) => String(v) } });
  }

  @Get('agency-engagement')
  @Roles('analyst', 'coordinator')
  @ApiOperation({ summary: 'Attendance rate per agency at meetings heard in the period, and its actions completed / overdue' })
  @Answers(AgencyEngagementReport)
  agencyEngagement(@Param() { maracId }: MaracParams, @Query() query: AgencyEngagementQueryDto, @Caller() caller: AuthenticatedUser) {
    const { from, to } = resolvePeriodQuery(query, publishedPeriodForms(caller));
    return this.queryBus.execute(
      new GetAgencyEngagementQuery(caller, { maracId, range: { from, to }, asOf: query.asOf ?? todayInLondon(new Date()) }),
    );
  }
}
