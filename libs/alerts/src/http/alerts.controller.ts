import { Controller, Get, HttpCode, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, Roles, type AuthenticatedUser } from '@app/access';
import type { CommandContext } from '@app/event-store';
import { Answers, CommandMeta, ExpectedRevision, RevisionETagInterceptor } from '@app/http';
import { AcknowledgeAlertCommand } from '../application/acknowledge-alert/acknowledge-alert.command.js';
import { ALERT_ROLES } from '../application/alert-access.js';
import { AlertCommandResult } from '../application/handle-alert/alert-command-result.js';
import { AlertPage, ListAlertsQuery } from '../application/list-alerts/list-alerts.query.js';
import { ResolveAlertCommand } from '../application/resolve-alert/resolve-alert.command.js';
import { AlertListQuery, AlertParams } from './alerts.dto.js';

@ApiTags('Alerts')
@Roles(...ALERT_ROLES)
@Controller('alerts')
export class AlertsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Get()
  @ApiOperation({ summary: "My alerts and my teams': filter by kind and state, paged, most urgent first (ids, dates and links; no names)" })
  @Answers(AlertPage)
  list(@Query() query: AlertListQuery, @Caller() caller: AuthenticatedUser) {
    const { scope, kind, state, partnershipId, page, pageSize } = query;
    return this.queryBus.execute(new ListAlertsQuery(caller, { scope, kinds: kind, state, partnershipId, page, pageSize }));
  }

  @Post(':alertId/acknowledge')
  @HttpCode(200)
  @UseInterceptors(RevisionETagInterceptor)
  @ApiOperation({ summary: 'Acknowledge an alert of mine: I am on it (it stays open)' })
  @ApiNotFoundResponse({ description: 'No such alert, or not one for you.' })
  @Answers(AlertCommandResult)
  acknowledge(
    @Param() { alertId }: AlertParams,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    return this.commandBus.execute(new AcknowledgeAlertCommand(caller, context, { alertId }, expectedRevision));
  }

  @Post(':alertId/resolve')
  @HttpCode(200)
  @UseInterceptors(RevisionETagInterceptor)
  @ApiOperation({ summary: 'Resolve an alert of mine' })
  @ApiNotFoundResponse({ description: 'No such alert, or not one for you.' })
  @Answers(AlertCommandResult)
  resolve(
    @Param() { alertId }: AlertParams,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    return this.commandBus.execute(new ResolveAlertCommand(caller, context, { alertId }, expectedRevision));
  }
}
