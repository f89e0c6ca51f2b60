import { ApiProperty } from '@nestjs/swagger';

/** What acknowledging or resolving an alert answers: its state and the stream revision (the ETag). */
export class AlertCommandResult {
  @ApiProperty() alertId: string;
  @ApiProperty({ enum: ['acknowledged', 'resolved'] }) state: string;
  @ApiProperty({ type: 'integer' }) revision: number;
}
