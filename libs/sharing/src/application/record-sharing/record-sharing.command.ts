import { ApiProperty } from '@nestjs/swagger';
import { CallerCommand } from '@app/access';
import type { DecideSharingWithoutConsent, RecordConsent, RecordShare } from '../../domain/index.js';

type Derived = 'personId' | 'partnershipId' | 'recordedBy' | 'today';

/** What a caller asks about a person: a consent decision, a decision to share without consent, or a share. */
export type SharingChange =
  | Omit<RecordConsent, Derived>
  | Omit<DecideSharingWithoutConsent, Derived>
  | Omit<RecordShare, Derived | 'defaultBasis' | 'shareId' | 'otherRecords'>;

/** The person's sharing record after the change. */
export class SharingChangeResult {
  @ApiProperty({ format: 'uuid', description: 'The canonical person id.' }) personId: string;
  @ApiProperty({ type: 'integer', example: 2, description: "The person's sharing stream revision (also the ETag)." }) revision: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The share recorded (for a share), else null.' })
  shareId: string | null;
}

/**
 * Records, on the person's sharing stream, consent given / refused / withdrawn, a decision to share without
 * consent on a lawful basis, or a share (refused, 409, with neither consent nor a basis: the person's own or
 * the partnership's default for the purpose).
 */
export class RecordSharingCommand extends CallerCommand<{ personId: string; change: SharingChange }, SharingChangeResult> {}
