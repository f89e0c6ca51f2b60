import { applyDecorators, Body, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiOperation } from '@nestjs/swagger';
import { AuditRecordAccess, Caller, type AuthenticatedUser } from '@app/access';
import type { CommandContext } from '@app/event-store';
import { Answers, CommandMeta, ExpectedRevision } from '@app/http';
import { AmendCaseRecordCommand, type AmendCaseRecordInput } from '../application/amend-case-record/amend-case-record.command.js';
import { VoidCaseRecordCommand } from '../application/void-case-record/void-case-record.command.js';
import { CaseCommandResult } from '../application/case-command.js';
import type { MaracRecordKind } from '../domain/index.js';
import { CaseRoutes } from './case-routes.decorator.js';
import { AmendActionBody, AmendHearingBody, AmendIncidentBody, AmendReferralBody, changesOf, VoidBody } from './corrections.dto.js';
import { CaseActionParams, CaseHearingParams, CaseIncidentParams, CaseParams } from './params.dto.js';

/** A correction route: a command on the case, audited as one, answering 200 with the case. */
const Correction = (path: string, summary: string): MethodDecorator =>
  applyDecorators(Post(path), AuditRecordAccess({ kind: 'marac_case', recordParam: 'caseId' }), HttpCode(200), ApiOperation({ summary }));

/**
 * Corrections of a case's records, one route per record and kind of correction, next to the record's
 * own routes: `POST /marac/cases/{caseId}/referral/amend`, `.../hearings/{meetingId}/void`, and so on.
 * Coordinators only, audited, If-Match honoured like every case command; a reason is required (400),
 * a voided record cannot be corrected again (409).
 */
@CaseRoutes()
@ApiBadRequestResponse({ description: 'No reason, a field the record does not amend, or nothing that changes (problem+json).' })
@ApiConflictResponse({ description: 'The record or its case was voided, or the correction breaks a rule of the case.' })
export class CaseCorrectionsController {
  constructor(private readonly commandBus: CommandBus) {}

  @Correction(':caseId/referral/amend', "Amend the referral's date, referring agency, criterion or victim profile")
  @Answers(CaseCommandResult)
  amendReferral(
    @Param() { caseId }: CaseParams,
    @Body() body: AmendReferralBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    return this.amend(
      caller,
      context,
      { caseId, recordKind: 'referral', recordId: caseId, reason: body.reason, changes: changesOf(body) },
      expectedRevision,
    );
  }

  @Correction(
    ':caseId/referral/void',
    'Void the referral, and so the case: it leaves every list and figure, and the victim’s repeat history',
  )
  @Answers(CaseCommandResult)
  voidReferral(
    @Param() { caseId }: CaseParams,
    @Body() body: VoidBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    return this.void(caller, context, caseId, 'referral', caseId, body, expectedRevision);
  }

  @Correction(':caseId/hearings/:meetingId/amend', 'Amend the date the case was heard at a meeting, or the agencies present')
  @Answers(CaseCommandResult)
  amendHearing(
    @Param() { caseId, meetingId }: CaseHearingParams,
    @Body() body: AmendHearingBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    return this.amend(
      caller,
      context,
      { caseId, recordKind: 'hearing', recordId: meetingId, reason: body.reason, changes: changesOf(body) },
      expectedRevision,
    );
  }

  @Correction(':caseId/hearings/:meetingId/void', 'Void a hearing: it leaves the cases heard and the repeat rate')
  @Answers(CaseCommandResult)
  voidHearing(
    @Param() { caseId, meetingId }: CaseHearingParams,
    @Body() body: VoidBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    return this.void(caller, context, caseId, 'hearing', meetingId, body, expectedRevision);
  }

  @Correction(':caseId/incidents/:incidentId/amend', "Amend a further incident's date, date reported, reporting agency or description")
  @Answers(CaseCommandResult)
  amendIncident(
    @Param() { caseId, incidentId }: CaseIncidentParams,
    @Body() body: AmendIncidentBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    return this.amend(
      caller,
      context,
      { caseId, recordKind: 'incident', recordId: incidentId, reason: body.reason, changes: changesOf(body) },
      expectedRevision,
    );
  }

  @Correction(
    ':caseId/incidents/:incidentId/void',
    'Void a further incident: the case, and hearings heard as repeats because of it alone, stop being repeats',
  )
  @Answers(CaseCommandResult)
  voidIncident(
    @Param() { caseId, incidentId }: CaseIncidentParams,
    @Body() body: VoidBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    return this.void(caller, context, caseId, 'incident', incidentId, body, expectedRevision);
  }

  @Correction(':caseId/actions/:actionId/amend', "Amend an agency action's agency, description or due date")
  @Answers(CaseCommandResult)
  amendAction(
    @Param() { caseId, actionId }: CaseActionParams,
    @Body() body: AmendActionBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    return this.amend(
      caller,
      context,
      { caseId, recordKind: 'agency-action', recordId: actionId, reason: body.reason, changes: changesOf(body) },
      expectedRevision,
    );
  }

  @Correction(':caseId/actions/:actionId/void', 'Void an agency action: it is no longer outstanding, overdue or counted')
  @Answers(CaseCommandResult)
  voidAction(
    @Param() { caseId, actionId }: CaseActionParams,
    @Body() body: VoidBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    return this.void(caller, context, caseId, 'agency-action', actionId, body, expectedRevision);
  }

  private amend(caller: AuthenticatedUser, context: CommandContext, input: AmendCaseRecordInput, expectedRevision?: number) {
    return this.commandBus.execute(new AmendCaseRecordCommand(caller, context, input, expectedRevision));
  }

  private void(
    caller: AuthenticatedUser,
    context: CommandContext,
    caseId: string,
    recordKind: MaracRecordKind,
    recordId: string,
    body: VoidBody,
    expectedRevision?: number,
  ) {
    return this.commandBus.execute(
      new VoidCaseRecordCommand(caller, context, { caseId, recordKind, recordId, reason: body.reason }, expectedRevision),
    );
  }
}
