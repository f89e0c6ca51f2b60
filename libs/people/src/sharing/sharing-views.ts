import { ApiProperty } from '@nestjs/swagger';
import type { StreamRevision } from '@app/event-store';
import { DateProperty } from '@app/periods';
import {
  CONSENT_DECISIONS,
  CONSENT_METHODS,
  LAWFUL_BASES,
  SHARING_PURPOSES,
  type ConsentDecision,
  type ConsentMethod,
  type LawfulBasis,
  type SharingPurpose,
} from './sharing-codes.js';
import type { SharingEntry, SharingStanding, SharingStatus } from './sharing-standing.js';

type Consent = NonNullable<SharingEntry['consent']>;
type Decision = NonNullable<SharingEntry['basis']>;

export class ConsentView implements Consent {
  @ApiProperty({ enum: CONSENT_DECISIONS, example: 'given' }) decision: ConsentDecision;
  @DateProperty({ example: '2026-06-01' }) on: string;
  @ApiProperty({ enum: CONSENT_METHODS, example: 'verbal' }) how: ConsentMethod;
  @ApiProperty({ example: 'coordinator-7', description: 'The user who recorded it.' }) recordedBy: string;
}

export class SharingDecisionView implements Decision {
  @ApiProperty({ enum: LAWFUL_BASES, example: 'crime-and-disorder-act-s115' }) basis: LawfulBasis;
  @ApiProperty({ example: 'MARAC chair', description: 'Who decided to share without consent.' }) decidedBy: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'High risk of serious harm; the agency needs to act.',
    description: "Why: personal data (null once the person's data is erased).",
  })
  reason: string | null;
  @DateProperty({ example: '2026-06-02' }) on: string;
  @ApiProperty({ example: 'coordinator-7', description: 'The user who recorded the decision.' }) recordedBy: string;
}

/** A stream a standing was read from, and its revision then. */
export class StreamReadView implements StreamRevision {
  @ApiProperty({ example: 'sharing-7c9e6679-7425-40de-944b-e07fc1f90ae7' }) streamName: string;
  @ApiProperty({ type: 'integer', example: 2, description: 'The revision read; -1 when nothing was recorded in it yet.' })
  revision: number;
}

/**
 * How an agency stands for a purpose: on consent, on a basis decided for the person, on the default, or on nothing;
 * and the streams that was read from, so that a command acting on it can append on condition they are unchanged.
 */
export class SharingStatusView implements SharingStatus {
  @ApiProperty({ example: 'housing' }) agency: string;
  @ApiProperty({ enum: SHARING_PURPOSES, example: 'marac' }) purpose: SharingPurpose;
  @ApiProperty({
    enum: ['consent', 'basis', 'default-basis', 'none'],
    example: 'default-basis',
    description:
      "consent: the person's latest decision is consent given; basis: shared without consent on a basis decided for the person; " +
      "default-basis: nothing decided for the person, on the partnership's default for the purpose; none: information may not be shared " +
      '(a refusal or withdrawal of consent sets the default aside).',
  })
  standing: SharingStanding;
  @ApiProperty({ type: String, enum: [...LAWFUL_BASES, null], nullable: true, example: 'crime-and-disorder-act-s115' })
  basis: LawfulBasis | null;
  @ApiProperty({ type: ConsentView, nullable: true }) consent: ConsentView | null;
  @ApiProperty({ type: SharingDecisionView, nullable: true, description: 'The latest decision to share without consent.' })
  decision: SharingDecisionView | null;
  @ApiProperty({
    type: [StreamReadView],
    description:
      "What the standing was read from: the person's sharing records, the partnership's defaults and its merge ledger (which records are the person), each at its revision. " +
      'An action or a share that stands on it is recorded only while they are unchanged.',
  })
  streamsRead: StreamReadView[];
}
