import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DatedChangeResponse } from './registry-responses.dto.js';

/** Response shapes for the OpenAPI document (the services return plain objects of these shapes). */

/**
 * A count in a published table: exact for coordinators; for analysts 1-4 shows as "<5" (SMALL_COUNT_THRESHOLD)
 * and a count that a total would give a "<5" back from as "suppressed".
 */
const COUNT = (example: number, description?: string) =>
  ApiProperty({
    oneOf: [
      { type: 'integer', minimum: 0 },
      { type: 'string', pattern: '^<\\d+$', example: '<5' },
      { type: 'string', enum: ['suppressed'] },
    ],
    example,
    description: `${description ? `${description} ` : ''}Analysts see counts of 1 to 4 as "<5" (SMALL_COUNT_THRESHOLD), and "suppressed" where a total would give one back.`,
  });

/** A rate or percentage beside published counts: "suppressed" for analysts when either count is. */
const RATIO = (example: number, description?: string) =>
  ApiProperty({
    oneOf: [{ type: 'number' }, { type: 'string', enum: ['suppressed'] }],
    nullable: true,
    example,
    description: `${description ? `${description} ` : ''}Null when no case was heard; "suppressed" for analysts when either of its counts is.`,
  });

export class BandDto {
  @ApiProperty({ example: 0.28 }) low: number;
  @ApiProperty({ example: 0.4 }) high: number;
}

export class RepeatRateResponse {
  @ApiProperty({ example: 'marac-north' }) maracId: string;
  @ApiProperty({ example: '2025-04-01' }) from: string;
  @ApiProperty({ example: '2025-06-30' }) to: string;
  @COUNT(40, 'Cases heard in the period (each hearing once).') cases: number | string;
  @COUNT(13, 'Of those, heard as repeats.') repeatCases: number | string;
  @RATIO(0.325) rate: number | string | null;
  @ApiProperty({ type: BandDto }) band: BandDto;
  @ApiProperty({
    enum: ['below', 'within', 'above', 'suppressed'],
    nullable: true,
    example: 'within',
    description: '"suppressed" with the rate.',
  })
  status: string | null;
}

export class MaracRepeatRateResponse extends RepeatRateResponse {
  @ApiProperty({ example: 'north' }) partnershipId: string;
}

export class RepeatRatesAcrossMaracsResponse {
  @ApiProperty({ example: '2025-04-01' }) from: string;
  @ApiProperty({ example: '2026-03-31' }) to: string;
  @COUNT(162, 'Cases heard by all the MARACs listed.') cases: number | string;
  @COUNT(53, 'Of those, heard as repeats.') repeatCases: number | string;
  @RATIO(0.327, 'All MARACs together; no band, as each partnership has its own.') rate: number | string | null;
  @ApiProperty({
    type: MaracRepeatRateResponse,
    isArray: true,
    description: "Each MARAC that heard cases in the period, against its partnership's band.",
  })
  maracs: MaracRepeatRateResponse[];
}

export class QuarterRepeatRateResponse extends RepeatRateResponse {
  @ApiProperty({ example: 1 }) quarter: number;
}

export class QuarterlyRepeatRatesResponse {
  @ApiProperty({ example: 'marac-north' }) maracId: string;
  @ApiProperty({ example: '2025-26' }) financialYear: string;
  @ApiProperty({ type: QuarterRepeatRateResponse, isArray: true }) quarters: QuarterRepeatRateResponse[];
  @ApiProperty({ type: RepeatRateResponse }) year: RepeatRateResponse;
}

export class SafeLivesResponse {
  @ApiProperty({ example: 'marac-north' }) maracId: string;
  @ApiProperty({ example: '2025-26' }) financialYear: string;
  @ApiProperty({ example: 1, nullable: true }) quarter: number | null;
  @ApiProperty({ example: '2025-04-01' }) from: string;
  @ApiProperty({ example: '2025-06-30' }) to: string;
  @COUNT(52) cases: number | string;
  @COUNT(16) repeatCases: number | string;
  @RATIO(30.8) repeatPercent: number | string | null;
  @ApiProperty({ example: 52000, nullable: true }) adultFemalePopulation: number | null;
  @ApiProperty({
    oneOf: [{ type: 'number' }, { type: 'string', example: '<0.96' }, { type: 'string', enum: ['suppressed'] }],
    nullable: true,
    example: 10,
    description:
      'Null when the population is not configured. When analysts\' cases are suppressed, "<x" (x: the figure the threshold would give).',
  })
  casesPer10kAdultFemales: number | string | null;
  @ApiProperty({
    oneOf: [{ type: 'number' }, { type: 'string', example: '<3.85' }, { type: 'string', enum: ['suppressed'] }],
    nullable: true,
    example: 40,
  })
  annualisedCasesPer10kAdultFemales: number | string | null;
  @RATIO(34.6) partnerAgencyReferralsPercent: number | string | null;
  @RATIO(15.4) blackAsianRaciallyMinoritisedPercent: number | string | null;
  @RATIO(3.8) lgbtPlusPercent: number | string | null;
  @RATIO(11.5) disabledPercent: number | string | null;
  @RATIO(5.8) malePercent: number | string | null;
  @COUNT(1) aged16To17: number | string;
  @COUNT(61) childrenInHouseholds: number | string;
}

export class AgencyEngagementRowDto {
  @ApiProperty({ example: 'police' }) agency: string;
  @ApiProperty({ example: 24 }) meetingsAttended: number;
  @ApiProperty({ example: 1, nullable: true }) attendanceRate: number | null;
  @ApiProperty({ example: 30 }) actionsDue: number;
  @ApiProperty({ example: 27 }) actionsCompleted: number;
  @ApiProperty({ example: 3 }) actionsCompletedLate: number;
  @ApiProperty({ example: 2 }) actionsOverdue: number;
}

export class AgencyEngagementResponse {
  @ApiProperty({ example: 'marac-north' }) maracId: string;
  @ApiProperty({ example: '2025-04-01' }) from: string;
  @ApiProperty({ example: '2026-03-31' }) to: string;
  @ApiProperty({ example: '2026-04-01' }) asOf: string;
  @ApiProperty({ example: 24 }) meetings: number;
  @ApiProperty({ type: AgencyEngagementRowDto, isArray: true }) agencies: AgencyEngagementRowDto[];
}

export class NextMeetingDto {
  @ApiProperty({ format: 'uuid' }) meetingId: string;
  @ApiProperty({ example: '2025-05-08' }) date: string;
}

export class CaseListItemDto {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ format: 'uuid' }) victimPersonId: string;
  @ApiProperty({ example: 'Demo Victim 0001', nullable: true, description: 'null once erased' }) victimName: string | null;
  @ApiProperty({ example: '2025-04-10' }) referralDate: string;
  @ApiProperty({ example: 'police' }) referringAgency: string;
  @ApiProperty({ example: 'visible-high-risk' }) criterion: string;
  @ApiProperty({ enum: ['open', 'closed', 'voided'] }) status: string;
  @ApiProperty({ example: 'high', nullable: true }) riskBand: string | null;
  @ApiProperty({ example: 16, nullable: true }) dashScore: number | null;
  @ApiProperty({ example: false }) isRepeat: boolean;
  @ApiProperty({ example: false }) awaitingRelisting: boolean;
  @ApiProperty({ type: NextMeetingDto, nullable: true }) nextMeeting: NextMeetingDto | null;
  @ApiProperty({ example: 2 }) outstandingActions: number;
  @ApiProperty({ example: 1 }) overdueActions: number;
  @ApiProperty({ example: null, nullable: true }) closedOn: string | null;
}

export class CaseListResponse {
  @ApiProperty({ example: 'marac-north' }) maracId: string;
  @ApiProperty({ example: 'csp-demo' }) partnershipId: string;
  @ApiProperty({ example: '2025-06-01' }) asOf: string;
  @ApiProperty({ example: 1 }) page: number;
  @ApiProperty({ example: 25 }) pageSize: number;
  @ApiProperty({ example: 1 }) total: number;
  @ApiProperty({ type: CaseListItemDto, isArray: true }) items: CaseListItemDto[];
}

export class AgendaActionDto {
  @ApiProperty({ example: 'action-1' }) actionId: string;
  @ApiProperty({ example: 'housing' }) agency: string;
  @ApiProperty({ example: '2025-05-24' }) dueDate: string;
  @ApiProperty({ example: false }) overdue: boolean;
}

export class AgendaItemDto {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ format: 'uuid', nullable: true }) victimPersonId: string | null;
  @ApiProperty({ example: 'Demo Victim 0001', nullable: true, description: 'null once erased' }) victimName: string | null;
  @ApiProperty({ example: 'high', nullable: true }) riskBand: string | null;
  @ApiProperty({ example: false }) isRepeat: boolean;
  @ApiProperty({ example: false }) relisting: boolean;
  @ApiProperty({ example: 'police' }) referringAgency: string;
  @ApiProperty({ example: '2025-04-10' }) referralDate: string;
  @ApiProperty({ example: 'open' }) status: string;
  @ApiProperty({ example: null, nullable: true }) heardOn: string | null;
  @ApiProperty({ example: null, nullable: true, isArray: true, type: String }) agenciesPresent: string[] | null;
  @ApiProperty({ type: AgendaActionDto, isArray: true }) outstandingActions: AgendaActionDto[];
}

export class MeetingAgendaResponse {
  @ApiProperty({ format: 'uuid' }) meetingId: string;
  @ApiProperty({ example: 'marac-north' }) maracId: string;
  @ApiProperty({ example: 'csp-demo' }) partnershipId: string;
  @ApiProperty({ example: '2025-04-24' }) date: string;
  @ApiProperty({ enum: ['scheduled', 'held', 'cancelled'] }) status: string;
  @ApiProperty({ example: ['police', 'idva'], description: 'The agencies present, once the meeting is marked held (empty before).' })
  agenciesPresent: string[];
  @ApiProperty({ example: '2025-04-20' }) asOf: string;
  @ApiProperty({ type: AgendaItemDto, isArray: true }) cases: AgendaItemDto[];
}

export class CorrectionNoteDto {
  @ApiProperty({ enum: ['amended', 'voided'] }) correction: string;
  @ApiProperty({ example: ['dueDate'], description: 'The fields an amendment changed.' }) fields: string[];
  @ApiProperty({ example: '2025-06-01T09:30:00.000Z' }) correctedAt: string;
  @ApiProperty({ example: 'coordinator-7' }) correctedBy: string;
}

export class CorrectionDto extends CorrectionNoteDto {
  @ApiProperty({ enum: ['referral', 'hearing', 'incident', 'agency-action'] }) recordKind: string;
  @ApiProperty({ example: 'action-1', description: "The case id for its referral, the meeting's for a hearing." }) recordId: string;
  @ApiProperty({ example: 'Entered on the wrong case.', nullable: true, description: 'Null once the victim’s personal data is erased.' })
  reason: string | null;
}

export class CaseActionDto {
  @ApiProperty({ example: 'action-1' }) actionId: string;
  @ApiProperty({ nullable: true, format: 'uuid' }) meetingId: string | null;
  @ApiProperty({ example: 'housing' }) agency: string;
  @ApiProperty({ example: '2025-05-24' }) dueDate: string;
  @ApiProperty({ example: null, nullable: true }) completedOn: string | null;
  @ApiProperty({ example: false }) overdue: boolean;
  @ApiProperty({ example: 'Fit additional locks.', nullable: true }) description: string | null;
  @ApiProperty({ type: CorrectionNoteDto, isArray: true }) corrections: CorrectionNoteDto[];
}

export class CaseIncidentDto {
  @ApiProperty({ example: 'incident-1' }) incidentId: string;
  @ApiProperty({ example: '2026-03-10' }) date: string;
  @ApiProperty({ example: '2026-03-11' }) reportedOn: string;
  @ApiProperty({ example: 'police' }) reportingAgency: string;
  @ApiProperty({
    example: 'Perpetrator breached a non-molestation order.',
    nullable: true,
    type: String,
    description: "The victim's personal data: null once erased.",
  })
  description: string | null;
}

export class CaseDetailsResponse {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ enum: ['open', 'closed'] }) status: string;
  @ApiProperty({ example: 'marac-north' }) maracId: string;
  @ApiProperty({ example: 'csp-demo' }) partnershipId: string;
  @ApiProperty({ format: 'uuid' }) victimPersonId: string;
  @ApiProperty({ example: 'Demo Victim 0001', nullable: true }) victimName: string | null;
  @ApiProperty({ example: '2025-04-10' }) referralDate: string;
  @ApiProperty({ example: 'police' }) referringAgency: string;
  @ApiProperty({ example: 'visible-high-risk' }) criterion: string;
  @ApiProperty({ example: false }) isRepeat: boolean;
  @ApiProperty({ nullable: true, example: null, type: String }) previousCaseId: string | null;
  @ApiProperty({ example: 'high', nullable: true }) riskBand: string | null;
  @ApiProperty({ example: false }) awaitingRelisting: boolean;
  @ApiProperty({
    example: { assessedOn: '2025-04-10', score: 15, actuarialBand: 'high', riskBand: 'high', overriddenTo: null },
    nullable: true,
  })
  dash: object | null;
  @ApiProperty({ example: [{ meetingId: '0d1e2f3a-4b5c-5d6e-8f70-8192a3b4c5d6', meetingDate: '2025-04-24', relisting: false }] })
  listings: object[];
  @ApiProperty({
    example: [{ meetingId: '0d1e2f3a-4b5c-5d6e-8f70-8192a3b4c5d6', heardOn: '2025-04-24', asRepeat: false, agenciesPresent: ['police'] }],
  })
  hearings: object[];
  @ApiProperty({ type: CaseActionDto, isArray: true }) actions: CaseActionDto[];
  @ApiProperty({ type: CaseIncidentDto, isArray: true }) incidents: CaseIncidentDto[];
  @ApiProperty({ example: null, nullable: true }) closedOn: string | null;
  @ApiProperty({ example: null, nullable: true }) closureReason: string | null;
  @ApiProperty({
    example: null,
    nullable: true,
    type: String,
    description: "The closing note (the victim's personal data: null once erased, or when none was given).",
  })
  closureNote: string | null;
  @ApiProperty({ example: 6 }) revision: number;
  @ApiProperty({ example: false, description: 'The referral was voided (entered by mistake): the case no longer counts anywhere.' })
  voided: boolean;
  @ApiProperty({
    type: CorrectionDto,
    isArray: true,
    description: "Every amendment and void of the case's records (hearings, incidents and actions also carry their own notes).",
  })
  corrections: CorrectionDto[];
}

export class SettingsResponse {
  @ApiProperty({ example: 'csp-demo' }) partnershipId: string;
  @ApiProperty({ example: '2025-03-31', description: 'The day the settings below are in force on.' }) inForceOn: string;
  @ApiProperty({ type: BandDto }) repeatBand: BandDto;
  @ApiProperty({ example: 52000, nullable: true }) adultFemalePopulation: number | null;
  @ApiProperty({ example: 3 }) policeCallOutThreshold: number;
  @ApiPropertyOptional({ example: true, description: 'False while the shipped defaults apply.' }) configured: boolean;
  @ApiProperty({ type: [DatedChangeResponse], description: 'Every change in the order recorded, with the day it takes effect.' })
  changes: DatedChangeResponse[];
  @ApiProperty({ example: 2, description: 'The settings stream revision (also the ETag), for If-Match.' }) revision: number;
}

export class DepersonalisedCaseDto {
  @ApiProperty({ example: 'p_3f9c0a1b2c3d4e5f60718293', description: 'Pseudonym of the case' }) caseRef: string;
  @ApiProperty({
    example: 'p_a1b2c3d4e5f60718293a4b5c',
    description: 'Pseudonym of the victim: the same for each referral of the same person',
  })
  victimRef: string;
  @ApiProperty({ example: '2025-04' }) referralMonth: string;
  @ApiProperty({ example: 'police' }) referringAgency: string;
  @ApiProperty({ example: 'visible-high-risk' }) criterion: string;
  @ApiProperty({ example: '25-34' }) ageBand: string;
  @ApiProperty({ example: 'high', nullable: true }) riskBand: string | null;
  @ApiProperty({ example: false }) isRepeat: boolean;
}

export class DepersonalisedCasesResponse {
  @ApiProperty({ example: 'marac-north' }) maracId: string;
  @ApiProperty({ example: '2025-04-01' }) from: string;
  @ApiProperty({ example: '2026-03-31' }) to: string;
  @ApiProperty({ example: 1 }) page: number;
  @ApiProperty({ example: 100 }) pageSize: number;
  @ApiProperty({ example: 1 }) total: number;
  @ApiProperty({ type: DepersonalisedCaseDto, isArray: true }) items: DepersonalisedCaseDto[];
}
