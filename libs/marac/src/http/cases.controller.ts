import { Body, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import { AuditRecordAccess, Caller, type AuthenticatedUser } from '@app/access';
import type { CommandContext } from '@app/event-store';
import { Answers, CommandMeta, ExpectedRevision } from '@app/http';
import { todayInLondon } from '@app/periods';
import { AddAgencyActionCommand, AddAgencyActionResult } from '../application/add-agency-action/add-agency-action.command.js';
import { CloseCaseCommand } from '../application/close-case/close-case.command.js';
import { CompleteAgencyActionCommand } from '../application/complete-agency-action/complete-agency-action.command.js';
import { CaseCommandResult } from '../application/case-command.js';
import { CaseDetails, GetCaseQuery } from '../application/get-case/get-case.query.js';
import { RecordCaseHeardCommand } from '../application/record-case-heard/record-case-heard.command.js';
import { RecordDashAssessmentCommand } from '../application/record-dash-assessment/record-dash-assessment.command.js';
import {
  ReportFurtherIncidentCommand,
  ReportFurtherIncidentResult,
} from '../application/report-further-incident/report-further-incident.command.js';
import { ActionBody, CloseCaseBody, CompleteActionBody, DashAssessmentBody, HearingBody, IncidentBody } from './case-commands.dto.js';
import { CaseRoutes } from './case-routes.decorator.js';
import { CaseActionParams, CaseParams } from './params.dto.js';
import { AsOfQuery } from './queries.dto.js';

@CaseRoutes()
export class CasesController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Get(':caseId')
  @AuditRecordAccess({ kind: 'marac_case', recordParam: 'caseId' })
  @ApiOperation({ summary: 'A case as it stands (from its stream), with personal details for coordinators; every read is audited' })
  @Answers(CaseDetails, { description: 'ETag is the stream revision. Personal details are null once erased.' })
  read(@Param() { caseId }: CaseParams, @Query() query: AsOfQuery, @Caller() caller: AuthenticatedUser): Promise<CaseDetails> {
    return this.queryBus.execute(new GetCaseQuery(caller, { caseId, asOf: query.asOf ?? todayInLondon(new Date()) }));
  }

  @Post(':caseId/dash-assessments')
  @AuditRecordAccess({ kind: 'marac_case', recordParam: 'caseId' })
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a DASH risk checklist (score and band computed; an override may only raise the level)' })
  @Answers(CaseCommandResult, { status: 201 })
  dash(
    @Param() { caseId }: CaseParams,
    @Body() body: DashAssessmentBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    const input = { caseId, assessedOn: body.assessedOn, answers: body.answers, override: body.override ? { ...body.override } : null };
    return this.commandBus.execute(new RecordDashAssessmentCommand(caller, context, input, expectedRevision));
  }

  @Post(':caseId/hearings')
  @AuditRecordAccess({ kind: 'marac_case', recordParam: 'caseId' })
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Record the case as heard at a meeting it is listed for, on the meeting's date, with the meeting's agencies present (less any that left early)",
  })
  @Answers(CaseCommandResult)
  heard(
    @Param() { caseId }: CaseParams,
    @Body() body: HearingBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    const input = {
      caseId,
      meetingId: body.meetingId,
      heardOn: body.heardOn,
      agenciesPresent: body.agenciesPresent,
      agenciesLeftEarly: body.agenciesLeftEarly,
    };
    return this.commandBus.execute(new RecordCaseHeardCommand(caller, context, input, expectedRevision));
  }

  @Post(':caseId/actions')
  @AuditRecordAccess({ kind: 'marac_case', recordParam: 'caseId' })
  @HttpCode(201)
  @ApiOperation({ summary: 'An agency takes an action on the case' })
  @Answers(AddAgencyActionResult, { status: 201 })
  action(
    @Param() { caseId }: CaseParams,
    @Body() body: ActionBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    const input = {
      caseId,
      actionId: body.actionId,
      meetingId: body.meetingId ?? null,
      agency: body.agency,
      description: body.description,
      dueDate: body.dueDate,
    };
    return this.commandBus.execute(new AddAgencyActionCommand(caller, context, input, expectedRevision));
  }

  @Post(':caseId/actions/:actionId/complete')
  @AuditRecordAccess({ kind: 'marac_case', recordParam: 'caseId' })
  @HttpCode(200)
  @ApiOperation({ summary: 'Complete an agency action (twice is refused with 409)' })
  @Answers(CaseCommandResult)
  complete(
    @Param() { caseId, actionId }: CaseActionParams,
    @Body() body: CompleteActionBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    return this.commandBus.execute(
      new CompleteAgencyActionCommand(caller, context, { caseId, actionId, completedOn: body.completedOn }, expectedRevision),
    );
  }

  @Post(':caseId/incidents')
  @AuditRecordAccess({ kind: 'marac_case', recordParam: 'caseId' })
  @HttpCode(201)
  @ApiOperation({ summary: 'Report a further incident: within 12 months of the referral it makes the case a repeat, to be relisted' })
  @Answers(ReportFurtherIncidentResult, { status: 201 })
  incident(
    @Param() { caseId }: CaseParams,
    @Body() body: IncidentBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    const input = {
      caseId,
      incidentId: body.incidentId,
      date: body.date,
      reportedOn: body.reportedOn ?? body.date,
      reportingAgency: body.reportingAgency,
      description: body.description,
    };
    return this.commandBus.execute(new ReportFurtherIncidentCommand(caller, context, input, expectedRevision));
  }

  @Post(':caseId/close')
  @AuditRecordAccess({ kind: 'marac_case', recordParam: 'caseId' })
  @HttpCode(200)
  @ApiOperation({ summary: 'Close the case with a reason' })
  @Answers(CaseCommandResult)
  close(
    @Param() { caseId }: CaseParams,
    @Body() body: CloseCaseBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    const input = { caseId, closedOn: body.closedOn, reason: body.reason, note: body.note ?? null };
    return this.commandBus.execute(new CloseCaseCommand(caller, context, input, expectedRevision));
  }
}
