import { Body, Controller, Get, HttpCode, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditRecordAccess, Caller, Roles, type AuthenticatedUser } from '@app/access';
import type { CommandContext } from '@app/event-store';
import { Answers, CommandMeta, ExpectedRevision, RevisionETagInterceptor } from '@app/http';
import { todayInLondon } from '@app/periods';
import { AcknowledgeApplicationCommand } from '../application/acknowledge-application/acknowledge-application.command.js';
import { ApplicationCommandResult } from '../application/application-command.js';
import { DecideEscalationCommand } from '../application/decide-escalation/decide-escalation.command.js';
import { DecideThresholdCommand } from '../application/decide-threshold/decide-threshold.command.js';
import { ApplicationDetails, GetApplicationQuery } from '../application/get-application/get-application.query.js';
import { ApplicationLogPage, ListApplicationsQuery } from '../application/list-applications/list-applications.query.js';
import { ReceiveApplicationCommand } from '../application/receive-application/receive-application.command.js';
import { RecordRecommendationOutcomeCommand } from '../application/record-recommendation-outcome/record-recommendation-outcome.command.js';
import { RecordReviewCommand } from '../application/record-review/record-review.command.js';
import { RequestEscalationCommand } from '../application/request-escalation/request-escalation.command.js';
import { SendOutcomeCommand } from '../application/send-outcome/send-outcome.command.js';
import { SPOC_ROLE } from '../application/case-review-access.js';
import {
  AcknowledgementBody,
  ApplicationParams,
  EscalationBody,
  EscalationDecisionBody,
  LogQuery,
  ApplicationOutcomeBody,
  ReceiveApplicationBody,
  RecommendationOutcomeBody,
  RecommendationParams,
  ReviewBody,
  ThresholdDecisionBody,
} from './case-review.dto.js';

const AUDITED = { kind: 'case_review_application', recordParam: 'applicationId' } as const;
const withBodyName = <B extends { body: string; bodyName?: string | null }>(body: B) => ({ ...body, bodyName: body.bodyName ?? null });

/** The single point of contact's routes: log an application and take it through its stages. */
@ApiTags('ASB Case Review')
@ApiBadRequestResponse({ description: 'Invalid body or parameters (problem+json, each field named).' })
@ApiNotFoundResponse({ description: 'No such application, person or partnership (or not in your partnerships).' })
@ApiConflictResponse({
  description: 'Not possible in the application’s state: a stage out of order, a date before the one it follows or after today.',
})
@Roles(SPOC_ROLE)
@UseInterceptors(RevisionETagInterceptor)
@Controller('case-reviews')
export class ApplicationsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Log an application, once, with the complaints already made; every relevant body is recorded as told' })
  @Answers(ApplicationCommandResult, { status: 201 })
  receive(@Body() body: ReceiveApplicationBody, @Caller() caller: AuthenticatedUser, @CommandMeta() context: CommandContext) {
    const input = {
      partnershipId: body.partnershipId,
      receivedOn: body.receivedOn,
      channel: body.channel,
      applicantPersonId: body.applicantPersonId,
      victimPersonId: body.victimPersonId,
      victimConsentRecorded: body.victimConsentRecorded ?? false,
      behaviourTypes: body.behaviourTypes,
      description: body.description,
      complaints: body.complaints.map((c) => ({ ...withBodyName(c), reference: c.reference ?? null })),
      alsoNotified: (body.alsoNotified ?? []).map(withBodyName),
      fromVictimServiceCaseId: body.fromVictimServiceCaseId,
    };
    return this.commandBus.execute(new ReceiveApplicationCommand(caller, context, input));
  }

  @Get()
  @ApiOperation({ summary: 'The log: every application with its stage, next due date and days overdue, overdue first (no personal data)' })
  @Answers(ApplicationLogPage)
  log(@Query() query: LogQuery, @Caller() caller: AuthenticatedUser) {
    const input = {
      partnershipId: query.partnershipId,
      stage: query.stage,
      overdueOnly: query.overdue === true,
      today: todayInLondon(new Date()),
      page: query.page,
      pageSize: query.pageSize,
    };
    return this.queryBus.execute(new ListApplicationsQuery(caller, input));
  }

  @Get(':applicationId')
  @AuditRecordAccess(AUDITED)
  @ApiOperation({ summary: 'An application as it stands, from its stream, with its free text; every read is audited' })
  @Answers(ApplicationDetails, { description: 'ETag is the stream revision. Free text is null once the victim is erased.' })
  read(@Param() { applicationId }: ApplicationParams, @Caller() caller: AuthenticatedUser) {
    return this.queryBus.execute(new GetApplicationQuery(caller, { applicationId }));
  }

  @Post(':applicationId/acknowledgement')
  @AuditRecordAccess(AUDITED)
  @HttpCode(200)
  @ApiOperation({ summary: 'Acknowledge the application (due 10 working days after receipt by default)' })
  @Answers(ApplicationCommandResult)
  acknowledge(
    @Param() { applicationId }: ApplicationParams,
    @Body() body: AcknowledgementBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    return this.commandBus.execute(
      new AcknowledgeApplicationCommand(caller, context, { applicationId, acknowledgedOn: body.acknowledgedOn }, expectedRevision),
    );
  }

  @Post(':applicationId/threshold-decision')
  @AuditRecordAccess(AUDITED)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Decide the threshold: computed from the complaints; when not met, the bodies may decide to review anyway (with a reason)',
  })
  @Answers(ApplicationCommandResult)
  decide(
    @Param() { applicationId }: ApplicationParams,
    @Body() body: ThresholdDecisionBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    const discretionaryReview = body.discretionaryReview
      ? { review: body.discretionaryReview.review, reason: body.discretionaryReview.reason }
      : null;
    return this.commandBus.execute(
      new DecideThresholdCommand(caller, context, { applicationId, decidedOn: body.decidedOn, discretionaryReview }, expectedRevision),
    );
  }

  @Post(':applicationId/review')
  @AuditRecordAccess(AUDITED)
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the review meeting, who was there, the chair, and its recommendations' })
  @Answers(ApplicationCommandResult)
  review(
    @Param() { applicationId }: ApplicationParams,
    @Body() body: ReviewBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    const input = {
      applicationId,
      heldOn: body.heldOn,
      bodiesPresent: body.bodiesPresent.map(withBodyName),
      chair: body.chair,
      chairIndependent: body.chairIndependent,
      victimConsulted: body.victimConsulted,
      recommendations: body.recommendations.map((r) => ({
        ...withBodyName(r),
        recommendationId: r.recommendationId,
        action: r.action,
        dueOn: r.dueOn,
      })),
    };
    return this.commandBus.execute(new RecordReviewCommand(caller, context, input, expectedRevision));
  }

  @Post(':applicationId/recommendations/:recommendationId/outcome')
  @AuditRecordAccess(AUDITED)
  @HttpCode(200)
  @ApiOperation({
    summary: "Record whether one of the review's recommendations was completed (by the single point of contact, for the body)",
  })
  @Answers(ApplicationCommandResult)
  recommendationOutcome(
    @Param() { applicationId, recommendationId }: RecommendationParams,
    @Body() body: RecommendationOutcomeBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    const input = { applicationId, recommendationId, recordedOn: body.recordedOn, completed: body.completed };
    return this.commandBus.execute(new RecordRecommendationOutcomeCommand(caller, context, input, expectedRevision));
  }

  @Post(':applicationId/outcome')
  @AuditRecordAccess(AUDITED)
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the outcome sent to the applicant (after the review, or the threshold decision when there is none)' })
  @Answers(ApplicationCommandResult)
  outcome(
    @Param() { applicationId }: ApplicationParams,
    @Body() body: ApplicationOutcomeBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    return this.commandBus.execute(
      new SendOutcomeCommand(caller, context, { applicationId, sentOn: body.sentOn, channel: body.channel }, expectedRevision),
    );
  }

  @Post(':applicationId/escalation')
  @AuditRecordAccess(AUDITED)
  @HttpCode(200)
  @ApiOperation({ summary: 'The applicant asks for the decision or the review to be reviewed (PCC or local procedure)' })
  @Answers(ApplicationCommandResult)
  escalate(
    @Param() { applicationId }: ApplicationParams,
    @Body() body: EscalationBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    return this.commandBus.execute(
      new RequestEscalationCommand(
        caller,
        context,
        { applicationId, requestedOn: body.requestedOn, grounds: body.grounds },
        expectedRevision,
      ),
    );
  }

  @Post(':applicationId/escalation/decision')
  @AuditRecordAccess(AUDITED)
  @HttpCode(200)
  @ApiOperation({ summary: "The escalation's answer: upheld, or overturned so that the review goes ahead" })
  @Answers(ApplicationCommandResult)
  decideEscalation(
    @Param() { applicationId }: ApplicationParams,
    @Body() body: EscalationDecisionBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    return this.commandBus.execute(
      new DecideEscalationCommand(caller, context, { applicationId, decidedOn: body.decidedOn, outcome: body.outcome }, expectedRevision),
    );
  }
}
