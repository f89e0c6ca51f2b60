import type { VsCaseCommandInput } from '../application/case-commands/case-commands.js';
import type {
  CaseReviewNoticeBody,
  CloseVictimCaseBody,
  ExitSurveyBody,
  FurtherReportBody,
  NeedsAssessmentBody,
  OutcomeScoresBody,
  RiskAssessmentBody,
  SupportContactBody,
} from './victim-services.dto.js';

/**
 * Each case route's body as the command it asks for, field by field (a validated DTO may carry nothing else
 * into the command).
 */
export const caseCommandOf = {
  riskAssessment: (body: RiskAssessmentBody): VsCaseCommandInput => ({
    type: 'AssessRisk',
    assessedOn: body.assessedOn,
    answers: body.answers,
    judgement: body.judgement && { level: body.judgement.level, reason: body.judgement.reason },
  }),
  needsAssessment: (body: NeedsAssessmentBody): VsCaseCommandInput => ({
    type: 'AssessNeeds',
    assessedOn: body.assessedOn,
    needs: body.needs,
  }),
  contact: (body: SupportContactBody): VsCaseCommandInput => ({
    type: 'RecordSupportContact',
    contactId: body.contactId,
    date: body.date,
    kind: body.kind,
    agency: body.agency,
    onwardTo: body.onwardTo,
  }),
  closure: (body: CloseVictimCaseBody): VsCaseCommandInput => ({
    type: 'CloseVictimCase',
    closedOn: body.closedOn,
    reason: body.reason,
    needOutcomes: body.needOutcomes.map(({ need, outcome }) => ({ need, outcome })),
  }),
  furtherReport: (body: FurtherReportBody): VsCaseCommandInput => ({
    type: 'ReportFurtherIncident',
    reportId: body.reportId,
    reportedOn: body.reportedOn,
  }),
  caseReviewNotice: (body: CaseReviewNoticeBody): VsCaseCommandInput => ({
    type: 'RecordCaseReviewNotice',
    toldOn: body.toldOn,
    method: body.method,
  }),
  outcomeScores: (body: OutcomeScoresBody): VsCaseCommandInput => ({
    type: 'RecordOutcomeScores',
    assessedOn: body.assessedOn,
    stage: body.stage,
    scores: { ...body.scores },
  }),
  exitSurvey: ({ on, declined, answers: a }: ExitSurveyBody): VsCaseCommandInput => ({
    type: 'RecordExitSurvey',
    on,
    answers:
      declined || !a
        ? null
        : {
            needsMet: a.needsMet,
            improvedWellbeing: a.improvedWellbeing,
            satisfiedWithService: a.satisfiedWithService,
            satisfiedWithPoliceOrCouncil: a.satisfiedWithPoliceOrCouncil,
            reducedRisk: a.reducedRisk,
          },
  }),
};
