import { Body, Controller, Get, Param, Patch, Query, UseInterceptors } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, Roles, type AuthenticatedUser } from '@app/access';
import type { CommandContext } from '@app/event-store';
import { Answers, CommandMeta, ExpectedRevision, RevisionETagInterceptor } from '@app/http';
import { todayInLondon } from '@app/periods';
import { ALERT_ROLES } from '../application/alert-access.js';
import { AlertSettingsView } from '../application/alert-settings-view.js';
import { ChangeAlertSettingsCommand } from '../application/change-alert-settings/change-alert-settings.command.js';
import { GetAlertSettingsQuery } from '../application/get-alert-settings/get-alert-settings.query.js';
import type { AlertSettings } from '../domain/index.js';
import { AlertPartnershipParams, AlertSettingsOnQuery, AlertSettingsPatchBody } from './alerts.dto.js';

/** A partnership's alert thresholds, effective-dated like its other settings. */
@ApiTags('Alerts')
@ApiNotFoundResponse({ description: 'Not one of your partnerships.' })
@UseInterceptors(RevisionETagInterceptor)
@Controller('partnerships/:partnershipId/alert-settings')
export class AlertSettingsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Get()
  @Roles(...ALERT_ROLES)
  @ApiOperation({ summary: "A partnership's alert thresholds in force on a day (default today; the defaults until an admin changes them)" })
  @Answers(AlertSettingsView)
  read(@Param() { partnershipId }: AlertPartnershipParams, @Query() query: AlertSettingsOnQuery, @Caller() caller: AuthenticatedUser) {
    return this.queryBus.execute(new GetAlertSettingsQuery(caller, { partnershipId, on: query.on ?? todayInLondon(new Date()) }));
  }

  @Patch()
  @Roles('admin')
  @ApiOperation({ summary: 'Change some alert thresholds from a day on (merge: the others stay); alerts scheduled from that day use them' })
  @Answers(AlertSettingsView, { description: 'The settings in force on the day the change takes effect.' })
  @ApiBadRequestResponse({ description: 'No setting named, or a value out of its range (the message names the setting).' })
  change(
    @Param() { partnershipId }: AlertPartnershipParams,
    @Body() { effectiveFrom, ...rest }: AlertSettingsPatchBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    const changes = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) as Partial<AlertSettings>;
    return this.commandBus.execute(
      new ChangeAlertSettingsCommand(caller, context, { partnershipId, effectiveFrom, changes }, expectedRevision),
    );
  }
}
