import { Body, Controller, Get, Param, Patch, Query, UseInterceptors } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, Roles, type AuthenticatedUser } from '@app/access';
import type { CommandContext } from '@app/event-store';
import { Answers, CommandMeta, ExpectedRevision, RevisionETagInterceptor } from '@app/http';
import { todayInLondon } from '@app/periods';
import { ChangeVictimServicesSettingsCommand } from '../application/change-settings/change-settings.command.js';
import { GetVictimServicesSettingsQuery } from '../application/get-settings/get-settings.query.js';
import { VictimServicesSettingsView } from '../application/vs-settings-in-force.js';
import type { VictimServicesSettings } from '../domain/index.js';
import { VictimServicesSettingsPatchBody, VsPartnershipParams, VsSettingsOnQuery } from './victim-services.dto.js';

/**
 * A partnership's victim-services settings: the lists casework is checked against (referring partners,
 * behaviour types, needs, outcome domains), the versioned risk questionnaire, the further-report rules.
 */
@ApiTags('Victim services')
@ApiNotFoundResponse({ description: 'Not one of your partnerships.' })
@UseInterceptors(RevisionETagInterceptor)
@Controller('partnerships/:partnershipId/victim-services-settings')
export class VictimServicesSettingsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Get()
  @Roles('admin', 'service-manager', 'asb-caseworker')
  @ApiOperation({
    summary: "A partnership's victim-services settings in force on a day (default today; the documented defaults until changed)",
  })
  @Answers(VictimServicesSettingsView)
  read(
    @Param() { partnershipId }: VsPartnershipParams,
    @Query() query: VsSettingsOnQuery,
    @Caller() caller: AuthenticatedUser,
  ): Promise<VictimServicesSettingsView> {
    return this.queryBus.execute(new GetVictimServicesSettingsQuery(caller, { partnershipId, on: query.on ?? todayInLondon(new Date()) }));
  }

  @Patch()
  @Roles('admin')
  @ApiOperation({
    summary:
      'Change some of the victim-services settings from a day on (merge: the others stay); casework dated from that day is checked and scored by them',
  })
  @Answers(VictimServicesSettingsView, { description: 'The settings in force on the day the change takes effect.' })
  @ApiBadRequestResponse({
    description: 'No setting named, a list that is not codes, a questionnaire that does not add up, a value out of range.',
  })
  change(
    @Param() { partnershipId }: VsPartnershipParams,
    @Body() { effectiveFrom, ...rest }: VictimServicesSettingsPatchBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ): Promise<VictimServicesSettingsView> {
    const changes = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) as Partial<VictimServicesSettings>;
    return this.commandBus.execute(
      new ChangeVictimServicesSettingsCommand(caller, context, { partnershipId, effectiveFrom, changes }, expectedRevision),
    );
  }
}
