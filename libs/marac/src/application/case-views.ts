import { ApiProperty } from '@nestjs/swagger';
import type { CorrectionEntry, CorrectionNote } from '@app/domain';
import { DateProperty, DateTimeProperty } from '@app/periods';
import {
  AGE_BANDS,
  MARAC_AGENCIES,
  RISK_BANDS,
  VICTIM_ETHNICITIES,
  VICTIM_SEXES,
  type AgeBand,
  type CaseAgencyAction,
  type CaseDash,
  type CaseHearing,
  type CaseIncident,
  type CaseListing,
  type MaracAgency,
  type RiskBand,
  type VictimEthnicity,
  type VictimProfile,
  type VictimSex,
} from '../domain/index.js';
import { EXAMPLE_MEETING_ID } from './examples.js';

/**
 * The case record's parts as `GET /marac/cases/{caseId}` answers them. Each implements the domain's own
 * type and the record is built from the domain's values, so the compiler keeps the two the same both ways.
 */

export class CorrectionNoteView implements CorrectionNote {
  @ApiProperty({ enum: ['amended', 'voided'] }) correction: 'amended' | 'voided';
  @ApiProperty({ type: [String], example: ['dueDate'], description: 'The fields an amendment changed; empty for a void.' })
  fields: string[];
  @DateTimeProperty({ example: '2025-06-01T09:30:00.000Z' }) correctedAt: string;
  @ApiProperty({ example: 'coordinator-7' }) correctedBy: string;
}

export class CorrectionEntryView extends CorrectionNoteView implements CorrectionEntry {
  @ApiProperty({ enum: ['referral', 'hearing', 'incident', 'agency-action'] }) recordKind: string;
  @ApiProperty({ example: 'action-1', description: "The case id for its referral, the meeting's for a hearing." }) recordId: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Entered on the wrong case.',
    description: "Null once the victim's personal data is erased.",
  })
  reason: string | null;
}

export class VictimProfileView implements VictimProfile {
  @ApiProperty({ enum: VICTIM_SEXES, example: 'female' }) sex: VictimSex;
  @ApiProperty({ enum: AGE_BANDS, example: '25-34' }) ageBand: AgeBand;
  @ApiProperty({ example: false, description: "Counted separately in SafeLives' data." }) aged16or17: boolean;
  @ApiProperty({ enum: VICTIM_ETHNICITIES, example: 'not-racially-minoritised' }) ethnicity: VictimEthnicity;
  @ApiProperty({ type: Boolean, nullable: true, example: false }) disabled: boolean | null;
  @ApiProperty({ type: Boolean, nullable: true, example: null }) lgbtPlus: boolean | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 2 }) childrenInHousehold: number | null;
}

export class CaseDashView implements CaseDash {
  @DateProperty({ example: '2025-04-10' }) assessedOn: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 24, example: 15, description: 'The number of yes answers.' }) score: number;
  @ApiProperty({ enum: RISK_BANDS, example: 'high', description: "The checklist's band." }) actuarialBand: RiskBand;
  @ApiProperty({ enum: RISK_BANDS, example: 'high', description: 'The level the case is managed at.' }) riskBand: RiskBand;
  @ApiProperty({
    type: String,
    enum: [...RISK_BANDS, null],
    nullable: true,
    example: null,
    description: 'Raised by professional judgement.',
  })
  overriddenTo: RiskBand | null;
}

export class CaseListingView implements CaseListing {
  @ApiProperty({ format: 'uuid', example: EXAMPLE_MEETING_ID }) meetingId: string;
  @DateProperty({ example: '2025-04-24' }) meetingDate: string;
  @ApiProperty({ example: false, description: 'Listed again after a further incident.' }) relisting: boolean;
}

export class CaseHearingView implements CaseHearing {
  @ApiProperty({ format: 'uuid', example: EXAMPLE_MEETING_ID }) meetingId: string;
  @DateProperty({ example: '2025-04-24' }) heardOn: string;
  @ApiProperty({ example: false, description: 'Heard as a repeat (counts in the repeat rate).' }) asRepeat: boolean;
  @ApiProperty({ enum: MARAC_AGENCIES, isArray: true, example: ['police', 'idva'] }) agenciesPresent: MaracAgency[];
  @ApiProperty({ type: [String], example: [], description: 'The further incidents before the hearing that made it a repeat.' })
  incidentsBefore: string[];
  @ApiProperty({ type: [CorrectionNoteView] }) corrections: readonly CorrectionNoteView[];
}

export class CaseActionView implements CaseAgencyAction {
  @ApiProperty({ example: 'action-1' }) actionId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: EXAMPLE_MEETING_ID }) meetingId: string | null;
  @ApiProperty({ enum: MARAC_AGENCIES, example: 'housing' }) agency: MaracAgency;
  @DateProperty({ example: '2025-05-24' }) dueDate: string;
  @DateProperty({ example: null, nullable: true }) completedOn: string | null;
  @ApiProperty({ example: false, description: 'Past due on `asOf` and not completed (never on a closed case).' }) overdue: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Fit additional locks.',
    description: "The victim's personal data: null once erased.",
  })
  description: string | null;
  @ApiProperty({ type: [CorrectionNoteView] }) corrections: readonly CorrectionNoteView[];
}

export class CaseIncidentView implements CaseIncident {
  @ApiProperty({ example: 'incident-1' }) incidentId: string;
  @DateProperty({ example: '2026-03-10' }) date: string;
  @DateProperty({ example: '2026-03-11' }) reportedOn: string;
  @ApiProperty({ enum: MARAC_AGENCIES, example: 'police' }) reportingAgency: MaracAgency;
  @ApiProperty({ example: true, description: 'Within 12 months of the referral: it made the case a repeat.' }) makesRepeat: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Perpetrator breached a non-molestation order.',
    description: "The victim's personal data: null once erased.",
  })
  description: string | null;
  @ApiProperty({ type: [CorrectionNoteView] }) corrections: readonly CorrectionNoteView[];
}
