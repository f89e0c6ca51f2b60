import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
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
import { Caller, Roles, type AuthenticatedUser } from '@app/access';
import { Answers } from '@app/http';
import { PERIOD_FORMS, resolvePeriodQuery, todayInLondon } from '@app/periods';
import { FIGURE_READER_ROLES } from '../application/case-review-access.js';
import {
  CaseReviewFigures,
  GetCaseReviewFiguresQuery,
  GetRecommendationsByBodyQuery,
  RecommendationsByBody,
} from '../application/get-case-review-figures/get-case-review-figures.query.js';
import { FiguresQuery, RecommendationsQuery } from './case-review.dto.js';

/** The statutory figures and the recommendations per body: counts only, exact for every role that may read them. */
@ApiTags('ASB Case Review')
@ApiBadRequestResponse({ description: 'Invalid period or parameters (problem+json, each field named).' })
@ApiNotFoundResponse({ description: 'Not one of your partnerships.' })
@Roles(...FIGURE_READER_ROLES)
@Controller('case-reviews')
export class CaseReviewFiguresController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('figures')
  @ApiOperation({
    summary:
      'The figures s.104 requires to be published for a period (from/to, financialYear or quarter): applications, threshold not met, reviews, reviews with recommendations; and beside them discretionary reviews, escalations and stages on time (JSON, or CSV with Accept: text/csv or ?format=csv)',
  })
  @ApiExtraModels(CaseReviewFigures)
  @ApiOkResponse({
    description: 'The figures; as CSV, a header row and one data row with the same fields.',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(CaseReviewFigures) } },
      'text/csv': {
        schema: { type: 'string', example: 'partnershipId,from,to,period,applications\ndemo-csp,2025-04-01,2026-03-31,2025-26,3\n' },
      },
    },
  })
  async figures(
    @Query() query: FiguresQuery,
    @Caller() caller: AuthenticatedUser,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const period = resolvePeriodQuery(query, PERIOD_FORMS);
    const figures: CaseReviewFigures = await this.queryBus.execute(
      new GetCaseReviewFiguresQuery(caller, {
        partnershipId: query.partnershipId,
        range: { from: period.from, to: period.to },
        label: period.label,
      }),
    );
    const wantsCsv = query.format === 'csv' || (query.format === undefined && /text\/csv/.test(accept ?? ''));
    if (!wantsCsv) return figures;
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="case-review-figures-${period.label.replace(/[^0-9A-Za-z-]+/g, '_')}.csv"`,
    );
    return stringify([figures], { header: true, cast: { boolean: (v) => String(v) } });
  }

  @Get('recommendations')
  @ApiOperation({
    summary: 'Recommendations made in a period, per body: made, completed, not completed, overdue (due before asOf with no outcome)',
  })
  @Answers(RecommendationsByBody)
  recommendations(@Query() query: RecommendationsQuery, @Caller() caller: AuthenticatedUser) {
    const period = resolvePeriodQuery(query, PERIOD_FORMS);
    return this.queryBus.execute(
      new GetRecommendationsByBodyQuery(caller, {
        partnershipId: query.partnershipId,
        range: { from: period.from, to: period.to },
        asOf: query.asOf ?? todayInLondon(new Date()),
      }),
    );
  }
}
