import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, Roles, type AuthenticatedUser } from '@app/access';
import { Answers } from '@app/http';
import { GetAreaReoffendingQuery } from '../application/get-area-reoffending/get-area-reoffending.query.js';
import { AreaReoffendingReport } from '../read-models/iom-area-reoffending.views.js';
import { IomAreaReoffendingQuery } from './iom.dto.js';
import { measuresPeriod } from './measures-period.js';

/** IOM figures per area of a partnership: each area's cohorts read together, a person counted once. */
@ApiTags('IOM')
@ApiBadRequestResponse({ description: 'Invalid parameters (problem+json, each field named).' })
@ApiNotFoundResponse({ description: 'No such partnership among yours.' })
@Controller('iom/areas')
export class IomAreasController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('reoffending')
  @Roles('iom-lead', 'analyst')
  @ApiOperation({
    summary:
      'The monthly count of reoffending individuals per area: people on the area’s cohorts at each month end, those who offended in the month while on one, and the offences',
  })
  @Answers(AreaReoffendingReport, { description: 'Analysts: a financial year or quarter only, small counts suppressed.' })
  reoffending(@Query() query: IomAreaReoffendingQuery, @Caller() caller: AuthenticatedUser): Promise<AreaReoffendingReport> {
    return this.queryBus.execute(
      new GetAreaReoffendingQuery(caller, { partnershipId: query.partnershipId, period: measuresPeriod(query, caller) }),
    );
  }
}
