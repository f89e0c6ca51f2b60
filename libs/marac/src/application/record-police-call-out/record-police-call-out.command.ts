import { ApiProperty } from '@nestjs/swagger';
import { CallerCommand } from '@app/access';
import type { RecordPoliceCallOut } from '../../domain/index.js';
import { EXAMPLE_PERSON_ID } from '../examples.js';

export type RecordPoliceCallOutInput = Omit<RecordPoliceCallOut, 'type' | 'today' | 'callOutId'> & {
  partnershipId: string;
  callOutId?: string;
};

export class PoliceCallOutResult {
  @ApiProperty({ format: 'uuid', example: EXAMPLE_PERSON_ID })
  personId: string;
  @ApiProperty({ example: 'callout-2025-01-03' })
  callOutId: string;
  @ApiProperty({ type: 'integer', example: 3, description: 'Call-outs recorded for the victim in all.' })
  policeCallOuts: number;
  @ApiProperty({ type: 'integer', example: 2, description: "The victim's stream revision, also sent as the ETag." })
  revision: number;
}

/**
 * A police call-out to a victim (potential escalation), recorded under the partnership the caller
 * names; the call-out id defaults to one derived from the command id.
 */
export class RecordPoliceCallOutCommand extends CallerCommand<RecordPoliceCallOutInput, PoliceCallOutResult> {}
