import { ApiProperty } from '@nestjs/swagger';
import { CallerQuery } from '@app/access';
import { DateProperty } from '@app/periods';
import { SharingStatusView } from '@app/people';
import {
  CASE_CLOSURE_REASONS,
  MARAC_AGENCIES,
  REFERRAL_CRITERIA,
  RISK_BANDS,
  type CaseClosureReason,
  type MaracAgency,
  type ReferralCriterion,
  type ReferredCase,
  type RiskBand,
} from '../../domain/index.js';
import {
  CaseActionView,
  CaseDashView,
  CaseHearingView,
  CaseIncidentView,
  CaseListingView,
  CorrectionEntryView,
  VictimProfileView,
} from '../case-views.js';
import { EXAMPLE_CASE_ID, EXAMPLE_MARAC_ID, EXAMPLE_PARTNERSHIP_ID, EXAMPLE_PERSON_ID } from '../examples.js';

/** A case as it stands, from its stream: the case's state, and what its events' personal-data envelopes hold. */
export class CaseDetails implements Omit<ReferredCase, 'actions' | 'incidents' | 'corrections'> {
  @ApiProperty({ format: 'uuid', example: EXAMPLE_CASE_ID }) caseId: string;
  @ApiProperty({ enum: ['open', 'closed'], example: 'open' }) status: 'open' | 'closed';
  @ApiProperty({ example: EXAMPLE_MARAC_ID }) maracId: string;
  @ApiProperty({ example: EXAMPLE_PARTNERSHIP_ID }) partnershipId: string;
  @ApiProperty({ format: 'uuid', example: EXAMPLE_PERSON_ID }) victimPersonId: string;
  @ApiProperty({ type: [String], example: ['7a1b2c3d-4e5f-4061-8273-a4b5c6d7e8f9'] }) perpetratorPersonIds: string[];
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Demo Victim 0001',
    description: "From the referral's personal data: null once erased.",
  })
  victimName: string | null;
  @DateProperty({ example: '2025-04-10' }) referralDate: string;
  @ApiProperty({ enum: MARAC_AGENCIES, example: 'police' }) referringAgency: MaracAgency;
  @ApiProperty({ enum: REFERRAL_CRITERIA, example: 'visible-high-risk' }) criterion: ReferralCriterion;
  @ApiProperty({ type: VictimProfileView }) profile: VictimProfileView;
  @ApiProperty({ example: false, description: 'The referral was a repeat (re-referral within 12 months).' }) referralIsRepeat: boolean;
  @ApiProperty({ example: false, description: 'A repeat from referral or since a further incident.' }) isRepeat: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: null, description: 'The case this one repeats.' })
  previousCaseId: string | null;
  @ApiProperty({ type: CaseDashView, nullable: true, description: 'The DASH with the latest assessment date, or null.' })
  dash: CaseDashView | null;
  @ApiProperty({ type: String, enum: [...RISK_BANDS, null], nullable: true, example: 'high' }) riskBand: RiskBand | null;
  @ApiProperty({ type: [CaseListingView] }) listings: CaseListingView[];
  @ApiProperty({ type: [CaseHearingView] }) hearings: CaseHearingView[];
  @ApiProperty({ example: false, description: 'A further incident was reported and the case has not been listed since.' })
  awaitingRelisting: boolean;
  @ApiProperty({ type: [String], example: [], description: 'The incidents behind `awaitingRelisting`.' })
  incidentsAwaitingRelisting: string[];
  @ApiProperty({ type: [CaseActionView] }) actions: CaseActionView[];
  @ApiProperty({ type: [CaseIncidentView] }) incidents: CaseIncidentView[];
  @DateProperty({ example: null, nullable: true }) closedOn: string | null;
  @ApiProperty({ type: String, enum: [...CASE_CLOSURE_REASONS, null], nullable: true, example: null })
  closureReason: CaseClosureReason | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: null,
    description: "The note of the latest closing (the victim's personal data): null when none was given, once erased, or while open.",
  })
  closureNote: string | null;
  @ApiProperty({ type: 'integer', example: 6, description: 'The stream revision (also the ETag).' }) revision: number;
  @ApiProperty({ example: false, description: 'The referral was voided (entered by mistake): the case no longer counts anywhere.' })
  voided: boolean;
  @ApiProperty({
    type: [CorrectionEntryView],
    description: "Every amendment and void of the case's records, oldest first, with who, when and why.",
  })
  corrections: CorrectionEntryView[];
  @ApiProperty({
    type: [SharingStatusView],
    description:
      "How each MARAC agency stands for sharing the victim's information for MARAC: consent, a basis decided for them, the partnership's default, or none (no action for that agency).",
  })
  sharing: SharingStatusView[];
}

/** One case as it stands, with `asOf` the date its actions' overdue flags are judged on. */
export class GetCaseQuery extends CallerQuery<{ caseId: string; asOf: string }, CaseDetails> {}
