import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Caller, type AuthenticatedUser } from '@app/access';
import type { CommandContext } from '@app/event-store';
import { CommandMeta, ExpectedRevision } from '@app/http';
import { VsCaseCommand, type VsCaseCommandInput, type VsCaseResult } from '../application/case-commands/case-commands.js';
import { caseCommandOf } from './case-command-bodies.js';
import { VsCaseCommandRoute, VsCaseRoutes } from './case-command-route.decorator.js';
import {
  CaseReviewNoticeBody,
  CloseVictimCaseBody,
  ExitSurveyBody,
  FurtherReportBody,
  NeedsAssessmentBody,
  OutcomeScoresBody,
  RiskAssessmentBody,
  SupportContactBody,
  VsCaseParams,
} from './victim-services.dto.js';

/**
 * Casework on a victim-service case (ASB caseworkers of its partnership). Every route has one shape: its
 * body becomes one `VsCaseCommand` (`caseCommandOf`), run with the caller, the command metadata and If-Match.
 */
@VsCaseRoutes()
export class VictimServiceCasesController {
  constructor(private readonly commandBus: CommandBus) {}

  private run(
    { caseId }: VsCaseParams,
    command: VsCaseCommandInput,
    caller: AuthenticatedUser,
    context: CommandContext,
    expectedRevision: number | undefined,
  ): Promise<VsCaseResult> {
    return this.commandBus.execute(new VsCaseCommand(caller, context, { caseId, command }, expectedRevision));
  }

  @VsCaseCommandRoute(
    'risk-assessments',
    'Record a risk assessment: score and level computed from the questionnaire; judgement may raise the level, with a reason',
  )
  assessRisk(
    @Param() params: VsCaseParams,
    @Body() body: RiskAssessmentBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ): Promise<VsCaseResult> {
    return this.run(params, caseCommandOf.riskAssessment(body), caller, context, expectedRevision);
  }

  @VsCaseCommandRoute('needs-assessments', 'Record the needs identified')
  assessNeeds(
    @Param() params: VsCaseParams,
    @Body() body: NeedsAssessmentBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ): Promise<VsCaseResult> {
    return this.run(params, caseCommandOf.needsAssessment(body), caller, context, expectedRevision);
  }

  @VsCaseCommandRoute('contacts', 'Record a support contact (by the caller)')
  recordContact(
    @Param() params: VsCaseParams,
    @Body() body: SupportContactBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ): Promise<VsCaseResult> {
    return this.run(params, caseCommandOf.contact(body), caller, context, expectedRevision);
  }

  @VsCaseCommandRoute('closure', 'Close the case with a reason and whether each need was met')
  close(
    @Param() params: VsCaseParams,
    @Body() body: CloseVictimCaseBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ): Promise<VsCaseResult> {
    return this.run(params, caseCommandOf.closure(body), caller, context, expectedRevision);
  }

  @VsCaseCommandRoute(
    'further-reports',
    'Record a further report by the victim: may make a repeat victim and a Case Review notice due; a reassessment falls due',
  )
  furtherReport(
    @Param() params: VsCaseParams,
    @Body() body: FurtherReportBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ): Promise<VsCaseResult> {
    return this.run(params, caseCommandOf.furtherReport(body), caller, context, expectedRevision);
  }

  @VsCaseCommandRoute('case-review-notice', 'Record that the victim was told of their right to an ASB Case Review (when and how)')
  caseReviewNotice(
    @Param() params: VsCaseParams,
    @Body() body: CaseReviewNoticeBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ): Promise<VsCaseResult> {
    return this.run(params, caseCommandOf.caseReviewNotice(body), caller, context, expectedRevision);
  }

  @VsCaseCommandRoute(
    'outcome-scores',
    'Record Outcome Star style scores (1-10 per domain) at entry, at a review or at exit: distance travelled is the last minus the first',
  )
  outcomeScores(
    @Param() params: VsCaseParams,
    @Body() body: OutcomeScoresBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ): Promise<VsCaseResult> {
    return this.run(params, caseCommandOf.outcomeScores(body), caller, context, expectedRevision);
  }

  @VsCaseCommandRoute('exit-survey', 'Record the exit survey of a closed case, or that the victim declined it')
  exitSurvey(
    @Param() params: VsCaseParams,
    @Body() body: ExitSurveyBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ): Promise<VsCaseResult> {
    return this.run(params, caseCommandOf.exitSurvey(body), caller, context, expectedRevision);
  }
}
