import { ApiProperty } from '@nestjs/swagger';
import { CallerCommand } from '@app/access';
import type { HandleResult } from '@app/event-store';
import {
  RISK_LEVELS,
  type NoticeMethod,
  type OpenCaseState,
  type RiskLevel,
  type VsCaseEvent,
  type VsCaseState,
  type ContactKind,
  type ClosureReason,
  type NeedOutcome,
  type ExitSurveyAnswers,
  type RiskAnswer,
  type OutcomeStage,
} from '../../domain/index.js';
import { EXAMPLE_CASE_ID, EXAMPLE_SERVICE_ID } from '../vs-common.js';

/** What a command on a victim-service case answers: no personal data, the revision for the ETag. */
export class VsCaseResult {
  @ApiProperty({ format: 'uuid', example: EXAMPLE_CASE_ID })
  caseId: string;
  @ApiProperty({ example: EXAMPLE_SERVICE_ID })
  serviceId: string;
  @ApiProperty({ format: 'uuid', example: '0f8fad5b-d9cb-469f-a165-70867728950e' })
  personId: string;
  @ApiProperty({ enum: ['open', 'closed'], example: 'open' })
  status: 'open' | 'closed';
  @ApiProperty({ type: String, enum: [...RISK_LEVELS, null], nullable: true, example: 'high' })
  riskLevel: RiskLevel | null;
  @ApiProperty({ type: 'integer', example: 2, description: 'Stream revision, also sent as the ETag.' })
  revision: number;
}

export function vsCaseResult(result: HandleResult<VsCaseState, VsCaseEvent>): VsCaseResult {
  const state = result.state as OpenCaseState;
  return {
    caseId: state.caseId,
    serviceId: state.serviceId,
    personId: state.personId,
    status: state.status,
    riskLevel: state.riskLevel,
    revision: result.revision,
  };
}

export type VsCaseCommandInput =
  | { type: 'AssessRisk'; assessedOn: string; answers: RiskAnswer[]; judgement?: { level: RiskLevel; reason: string } }
  | { type: 'AssessNeeds'; assessedOn: string; needs: string[] }
  | { type: 'RecordSupportContact'; contactId?: string; date: string; kind: ContactKind; agency?: string; onwardTo?: string }
  | { type: 'CloseVictimCase'; closedOn: string; reason: ClosureReason; needOutcomes: { need: string; outcome: NeedOutcome }[] }
  | { type: 'RecordExitSurvey'; on: string; answers: ExitSurveyAnswers | null }
  | { type: 'ReportFurtherIncident'; reportId?: string; reportedOn: string }
  | { type: 'RecordCaseReviewNotice'; toldOn: string; method: NoticeMethod }
  | { type: 'RecordOutcomeScores'; assessedOn: string; stage: OutcomeStage; scores: Record<string, number> };

/** A command on an existing case (caseworkers of its partnership; 404 for anyone else's). */
export class VsCaseCommand extends CallerCommand<{ caseId: string; command: VsCaseCommandInput }, VsCaseResult> {}
