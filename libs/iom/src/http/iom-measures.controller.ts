import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, Roles, type AuthenticatedUser } from '@app/access';
import { Answers } from '@app/http';
import { GetEveryCohortMeasuresQuery } from '../application/get-every-cohort-measures/get-every-cohort-measures.query.js';
import { EveryCohortMeasuresReport } from '../read-models/iom-measures.views.js';
import { EveryCohortMeasuresQuery } from './iom.dto.js';
import { measuresAsOf, measuresPeriod } from './measures-period.js';

/** The measures of many cohorts in one answer (a national or partnership report), worked out from one read. */
@ApiTags('IOM')
@ApiBadRequestResponse({ description: 'Invalid parameters (problem+json, each field named).' })
@ApiNotFoundResponse({ description: 'No such partnership among yours.' })
@Controller('iom/measures')
export class IomMeasuresController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @Roles('iom-lead', 'analyst')
  @ApiOperation({
    summary:
      "The measures of every cohort of your partnerships (or of one) for a period: each cohort's figures as `GET /iom/cohorts/{cohortId}/measures` gives them",
  })
  @Answers(EveryCohortMeasuresReport, { description: 'Analysts: a financial year or quarter only, counts suppressed, no person ids.' })
  measures(@Query() query: EveryCohortMeasuresQuery, @Caller() caller: AuthenticatedUser): Promise<EveryCohortMeasuresReport> {
    const period = measuresPeriod(query, caller);
    const asOf = measuresAsOf(query.asOf);
    return this.queryBus.execute(new GetEveryCohortMeasuresQuery(caller, { partnershipId: query.partnershipId, period, asOf }));
  }
}
