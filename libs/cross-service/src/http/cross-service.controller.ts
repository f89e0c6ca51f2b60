import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, Roles, type AuthenticatedUser } from '@app/access';
import { Answers } from '@app/http';
import {
  CrossServiceRepeatTable,
  GetCrossServiceRepeatsQuery,
} from '../application/get-cross-service-repeats/get-cross-service-repeats.query.js';
import {
  CrossServiceVictims,
  ListCrossServiceVictimsQuery,
} from '../application/list-cross-service-victims/list-cross-service-victims.query.js';
import { CrossServiceQueryDto } from './cross-service.dto.js';

/** Repeat victimisation across services, for analysts: depersonalised, small counts suppressed. */
@ApiTags('Repeat victimisation across services')
@Controller('cross-service')
export class CrossServiceController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('repeat-victimisation')
  @Roles('analyst', 'admin')
  @ApiOperation({
    summary:
      'Per pair of services and quarter: people who were victims in both within 12 months, and the days between (a second measure beside the SafeLives repeat rate)',
  })
  @Answers(CrossServiceRepeatTable)
  @ApiNotFoundResponse({ description: 'Not one of your partnerships.' })
  repeats(@Query() query: CrossServiceQueryDto, @Caller() caller: AuthenticatedUser): Promise<CrossServiceRepeatTable> {
    return this.queryBus.execute(
      new GetCrossServiceRepeatsQuery(caller, { partnershipId: query.partnershipId, financialYear: query.financialYear }),
    );
  }

  @Get('victims')
  @Roles('analyst', 'admin')
  @ApiOperation({ summary: 'People who were victims in more than one service: pseudonyms and the quarter of each first contact' })
  @Answers(CrossServiceVictims)
  @ApiNotFoundResponse({ description: 'Not one of your partnerships.' })
  victims(@Query() query: CrossServiceQueryDto, @Caller() caller: AuthenticatedUser): Promise<CrossServiceVictims> {
    return this.queryBus.execute(
      new ListCrossServiceVictimsQuery(caller, { partnershipId: query.partnershipId, financialYear: query.financialYear }),
    );
  }
}
