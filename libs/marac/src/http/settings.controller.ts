import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, Roles, type AuthenticatedUser } from '@app/access';
import type { CommandContext } from '@app/event-store';
import { CommandMeta } from '@app/http';
import { GetPartnershipSettingsQuery } from '../application/get-partnership-settings/get-partnership-settings.query.js';
import type { PartnershipSettings } from '../application/partnership-settings.store.js';
import { SetPartnershipSettingsCommand } from '../application/set-partnership-settings/set-partnership-settings.command.js';
import { PartnershipParams } from './params.dto.js';
import { SettingsBody } from './queries.dto.js';
import { SettingsResponse } from './responses.dto.js';

@ApiTags('Partnership settings')
@ApiNotFoundResponse({ description: 'Not one of your partnerships.' })
@Roles('admin')
@Controller('partnerships/:partnershipId/settings')
export class SettingsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Get()
  @ApiOperation({ summary: "A partnership's MARAC configuration (defaults until set)" })
  @ApiOkResponse({ type: SettingsResponse })
  read(@Param() { partnershipId }: PartnershipParams, @Caller() caller: AuthenticatedUser): Promise<PartnershipSettings> {
    return this.queryBus.execute(new GetPartnershipSettingsQuery(caller, { partnershipId }));
  }

  @Put()
  @ApiOperation({ summary: 'Set the repeat-rate band, adult female population and police call-out threshold' })
  @ApiOkResponse({ type: SettingsResponse })
  @ApiBadRequestResponse({ description: 'A band with low above high, or values out of range.' })
  write(@Param() { partnershipId }: PartnershipParams, @Body() body: SettingsBody, @Caller() caller: AuthenticatedUser, @CommandMeta() context: CommandContext): Promise<PartnershipSettings> {
    return this.commandBus.execute(new SetPartnershipSettingsCommand(caller, context, { partnershipId, ...body }));
  }
}
