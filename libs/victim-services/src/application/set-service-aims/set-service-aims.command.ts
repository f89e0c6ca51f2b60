import { ApiProperty } from '@nestjs/swagger';
import { CallerCommand } from '@app/access';
import { EXAMPLE_SERVICE_ID } from '../vs-common.js';

export interface SetServiceAimsInput {
  serviceId: string;
  financialYear: string;
  aims: Record<string, number>;
}

export class ServiceAims {
  @ApiProperty({ example: EXAMPLE_SERVICE_ID })
  serviceId: string;
  @ApiProperty({ example: '2016-17' })
  financialYear: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { needs_assessments_completed: 60, pct_needs_met: 85 },
    description: "The year's annual aims by table row name (percentages for pct_ rows).",
  })
  aims: Record<string, number>;
  @ApiProperty({ type: 'integer', example: 1, description: "The service stream's revision (also the ETag)." })
  revision: number;
}

/** Set a financial year's aims of a service, as a whole (service managers and admins). */
export class SetServiceAimsCommand extends CallerCommand<SetServiceAimsInput, ServiceAims> {}
