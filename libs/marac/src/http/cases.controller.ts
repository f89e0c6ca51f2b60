import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPreconditionFailedResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuditRecordAccess, noteAudit, Roles } from '@app/access';
import { deriveId } from '@app/event-store';
import { commandContext, expectedRevisionOf, setRevision } from '@app/http';
import { todayInLondon } from '@app/periods';
import { AddAgencyActionService } from '../application/add-agency-action.service.js';
import type { CaseCommandResult } from '../application/case-command.js';
import { CloseCaseService } from '../application/close-case.service.js';
import { CompleteAgencyActionService } from '../application/complete-agency-action.service.js';
import { GetCaseQuery, type CaseDetails } from '../application/get-case.query.js';
import { RecordCaseHeardService } from '../application/record-case-heard.service.js';
import { RecordDashAssessmentService } from '../application/record-dash-assessment.service.js';
import { ReportFurtherIncidentService } from '../application/report-further-incident.service.js';
import {
  ActionBody,
  CaseCommandResponse,
  CloseCaseBody,
  CompleteActionBody,
  DashAssessmentBody,
  HearingBody,
  IncidentBody,
} from './case-commands.dto.js';
import { AsOfQuery } from './queries.dto.js';
import { CaseDetailsResponse } from './responses.dto.js';
import { callerOf } from './validation.js';

@ApiTags('MARAC')
@ApiHeader({ name: 'Idempotency-Key', required: false })
@ApiHeader({ name: 'If-Match', required: false, description: 'The ETag (stream revision) last read; a stale one gets 412.' })
@ApiBadRequestResponse({ description: 'Invalid body or parameters (problem+json, each field named).' })
@ApiNotFoundResponse({ description: 'No such case (or not in your partnerships).' })
@ApiConflictResponse({ description: 'The change makes no sense for the case as it stands (problem+json with the reason).' })
@ApiPreconditionFailedResponse({ description: 'If-Match is stale.' })
@Roles('coordinator')
@Controller('marac/cases')
export class CasesController {
  constructor(
    private readonly getCase: GetCaseQuery,
    private readonly recordDash: RecordDashAssessmentService,
    private readonly recordHeard: RecordCaseHeardService,
    private readonly addAction: AddAgencyActionService,
    private readonly completeAction: CompleteAgencyActionService,
    private readonly reportIncident: ReportFurtherIncidentService,
    private readonly closeCase: CloseCaseService,
  ) {}

  private done(response: Response, result: CaseCommandResult): CaseCommandResult {
    setRevision(response, result.revision);
    return result;
  }

  @Get(':caseId')
  @AuditRecordAccess({ kind: 'marac_case', recordParam: 'caseId' })
  @ApiOperation({ summary: 'A case as it stands (from its stream), with personal details for coordinators; every read is audited' })
  @ApiOkResponse({ type: CaseDetailsResponse, description: 'ETag is the stream revision. Personal details are null once erased.' })
  async read(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Query() query: AsOfQuery,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseDetails> {
    const details = await this.getCase.execute(callerOf(request), caseId, query.asOf ?? todayInLondon(new Date()));
    noteAudit(request, { subjectIds: [details.victimPersonId, ...details.perpetratorPersonIds], partnershipId: details.partnershipId });
    setRevision(response, details.revision);
    return details;
  }

  @Post(':caseId/dash-assessments')
  @AuditRecordAccess({ kind: 'marac_case', recordParam: 'caseId' })
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a DASH risk checklist (score and band computed; an override may only raise the level)' })
  @ApiCreatedResponse({ type: CaseCommandResponse })
  async dash(@Param('caseId', ParseUUIDPipe) caseId: string, @Body() body: DashAssessmentBody, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    return this.done(
      response,
      await this.recordDash.execute(
        callerOf(request),
        commandContext(request),
        { caseId, assessedOn: body.assessedOn, answers: body.answers, override: body.override ? { ...body.override } : null },
        expectedRevisionOf(request),
      ),
    );
  }

  @Post(':caseId/hearings')
  @AuditRecordAccess({ kind: 'marac_case', recordParam: 'caseId' })
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the case as heard at a meeting it is listed for, with the agencies present' })
  @ApiOkResponse({ type: CaseCommandResponse })
  async heard(@Param('caseId', ParseUUIDPipe) caseId: string, @Body() body: HearingBody, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    return this.done(
      response,
      await this.recordHeard.execute(
        callerOf(request),
        commandContext(request),
        { caseId, meetingId: body.meetingId, heardOn: body.heardOn, agenciesPresent: body.agenciesPresent },
        expectedRevisionOf(request),
      ),
    );
  }

  @Post(':caseId/actions')
  @AuditRecordAccess({ kind: 'marac_case', recordParam: 'caseId' })
  @HttpCode(201)
  @ApiOperation({ summary: 'An agency takes an action on the case' })
  @ApiCreatedResponse({ type: CaseCommandResponse })
  async action(@Param('caseId', ParseUUIDPipe) caseId: string, @Body() body: ActionBody, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const context = commandContext(request);
    const actionId = body.actionId ?? deriveId(context.commandId, 'action');
    const result = await this.addAction.execute(
      callerOf(request),
      context,
      { caseId, actionId, meetingId: body.meetingId ?? null, agency: body.agency, description: body.description, dueDate: body.dueDate },
      expectedRevisionOf(request),
    );
    return { ...this.done(response, result), actionId };
  }

  @Post(':caseId/actions/:actionId/complete')
  @AuditRecordAccess({ kind: 'marac_case', recordParam: 'caseId' })
  @HttpCode(200)
  @ApiOperation({ summary: 'Complete an agency action (twice is refused with 409)' })
  @ApiOkResponse({ type: CaseCommandResponse })
  async complete(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('actionId') actionId: string,
    @Body() body: CompleteActionBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.done(
      response,
      await this.completeAction.execute(callerOf(request), commandContext(request), { caseId, actionId, completedOn: body.completedOn }, expectedRevisionOf(request)),
    );
  }

  @Post(':caseId/incidents')
  @AuditRecordAccess({ kind: 'marac_case', recordParam: 'caseId' })
  @HttpCode(201)
  @ApiOperation({ summary: 'Report a further incident: within 12 months of the referral it makes the case a repeat, to be relisted' })
  @ApiCreatedResponse({ type: CaseCommandResponse })
  async incident(@Param('caseId', ParseUUIDPipe) caseId: string, @Body() body: IncidentBody, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const context = commandContext(request);
    const incidentId = body.incidentId ?? deriveId(context.commandId, 'incident');
    const result = await this.reportIncident.execute(
      callerOf(request),
      context,
      { caseId, incidentId, date: body.date, reportedOn: body.reportedOn ?? body.date, reportingAgency: body.reportingAgency, description: body.description },
      expectedRevisionOf(request),
    );
    return { ...this.done(response, result), incidentId };
  }

  @Post(':caseId/close')
  @AuditRecordAccess({ kind: 'marac_case', recordParam: 'caseId' })
  @HttpCode(200)
  @ApiOperation({ summary: 'Close the case with a reason' })
  @ApiOkResponse({ type: CaseCommandResponse })
  async close(@Param('caseId', ParseUUIDPipe) caseId: string, @Body() body: CloseCaseBody, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    return this.done(
      response,
      await this.closeCase.execute(
        callerOf(request),
        commandContext(request),
        { caseId, closedOn: body.closedOn, reason: body.reason, note: body.note ?? null },
        expectedRevisionOf(request),
      ),
    );
  }
}
