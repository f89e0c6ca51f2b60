import { Body, Controller, Get, Param, Put, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Roles } from '@app/access';
import { PartnershipSettingsService, type PartnershipSettings } from '../application/partnership-settings.service.js';
import { SettingsBody } from './queries.dto.js';
import { SettingsResponse } from './responses.dto.js';
import { callerOf } from './validation.js';

@ApiTags('Partnership settings')
@ApiNotFoundResponse({ description: 'Not one of your partnerships.' })
@Roles('admin')
@Controller('partnerships/:partnershipId/settings')
export class SettingsController {
  constructor(private readonly settings: PartnershipSettingsService) {}

  @Get()
  @ApiOperation({ summary: "A partnership's MARAC configuration (defaults until set)" })
  @ApiOkResponse({ type: SettingsResponse })
  read(@Param('partnershipId') partnershipId: string, @Req() request: Request): Promise<PartnershipSettings> {
    return this.settings.get(callerOf(request), partnershipId);
  }

  @Put()
  @ApiOperation({ summary: 'Set the repeat-rate band, adult female population and police call-out threshold' })
  @ApiOkResponse({ type: SettingsResponse })
  @ApiBadRequestResponse({ description: 'A band with low above high, or values out of range.' })
  write(@Param('partnershipId') partnershipId: string, @Body() body: SettingsBody, @Req() request: Request): Promise<PartnershipSettings> {
    return this.settings.put(callerOf(request), partnershipId, { ...body });
  }
}
