import { Body, Controller, Get, Param, Patch, Query, UseInterceptors } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, Roles, type AuthenticatedUser } from '@app/access';
import type { CommandContext } from '@app/event-store';
import { Answers, CommandMeta, ExpectedRevision, RevisionETagInterceptor } from '@app/http';
import { todayInLondon } from '@app/periods';
import { ChangePartnershipSettingsCommand } from '../application/change-partnership-settings/change-partnership-settings.command.js';
import { GetPartnershipSettingsQuery } from '../application/get-partnership-settings/get-partnership-settings.query.js';
import { PartnershipSettingsView } from '../application/partnership-settings-view.js';
import { PartnershipParams } from './params.dto.js';
import { SettingsOnQuery, SettingsPatchBody } from './registry.dto.js';

@ApiTags('Partnership settings')
@ApiNotFoundResponse({ description: 'Not one of your partnerships.' })
@Roles('admin')
@UseInterceptors(RevisionETagInterceptor)
@Controller('partnerships/:partnershipId/settings')
export class SettingsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Get()
  @ApiOperation({ summary: "A partnership's MARAC settings in force on a day (default today) and every dated change (defaults until set)" })
  @Answers(PartnershipSettingsView)
  read(
    @Param() { partnershipId }: PartnershipParams,
    @Query() query: SettingsOnQuery,
    @Caller() caller: AuthenticatedUser,
  ): Promise<PartnershipSettingsView> {
    return this.queryBus.execute(new GetPartnershipSettingsQuery(caller, { partnershipId, on: query.on ?? todayInLondon(new Date()) }));
  }

  @Patch()
  @ApiOperation({
    summary:
      'Change some of the repeat-rate band, adult female population and police call-out threshold from a given day on (merge: the others stay)',
  })
  @Answers(PartnershipSettingsView, { description: 'The settings in force on the day the change takes effect.' })
  @ApiBadRequestResponse({
    description: 'No setting named, values out of range, or a band with its low end above its high end on some day.',
  })
  change(
    @Param() { partnershipId }: PartnershipParams,
    @Body() { effectiveFrom, repeatBandLow, repeatBandHigh, adultFemalePopulation, policeCallOutThreshold }: SettingsPatchBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ): Promise<PartnershipSettingsView> {
    const changes = { repeatBandLow, repeatBandHigh, adultFemalePopulation, policeCallOutThreshold };
    return this.commandBus.execute(
      new ChangePartnershipSettingsCommand(caller, context, { partnershipId, effectiveFrom, changes }, expectedRevision),
    );
  }
}
