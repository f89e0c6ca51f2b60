import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The answers of the health probes, as the controller builds them. */

export class Liveness {
  @ApiProperty({ enum: ['ok'], example: 'ok' }) status: 'ok';
}

/** Where a follower is stuck: the batch after its checkpoint keeps failing. */
export class FollowerStall {
  @ApiProperty({ example: '812/20431', description: 'The checkpoint it is stuck at.' }) position: string;
  @ApiProperty({ type: String, format: 'date-time', example: '2026-06-01T09:00:00.000Z' }) since: string;
  @ApiProperty({ type: 'integer', example: 4 }) attempts: number;
  @ApiProperty({ type: String, nullable: true, example: '23505', description: 'The error code or name (never the data).' })
  error: string | null;
}

export class ProjectionReadiness {
  @ApiProperty({ example: 'marac_case_list' }) name: string;
  @ApiProperty({ type: 'integer', example: 0, description: 'How far the checkpoint is behind the head, in log positions.' }) lag: number;
  @ApiProperty({ example: '812/20431' }) position: string;
  @ApiProperty({ example: '812/20431' }) head: string;
  @ApiProperty({ example: true, description: 'Run by this process.' }) active: boolean;
  @ApiProperty({ example: true }) caughtUp: boolean;
  @ApiPropertyOptional({ type: FollowerStall }) stalled?: FollowerStall;
  @ApiPropertyOptional({ example: 'connection terminated', description: 'The summary of the last error of this process.' })
  lastError?: string;
}

export class ProcessManagerReadiness {
  @ApiProperty({ example: 'marac_victim_history' }) name: string;
  @ApiProperty({ type: 'integer', example: 0 }) lag: number;
  @ApiProperty({ example: '812/20431' }) position: string;
  @ApiProperty({ example: true }) active: boolean;
  @ApiProperty({ type: 'integer', example: 0, description: 'Reactions parked in the dead-letter table.' }) parked: number;
  @ApiPropertyOptional({ type: FollowerStall }) stalled?: FollowerStall;
  @ApiPropertyOptional({ example: 'connection terminated' }) lastError?: string;
}

export class Readiness {
  @ApiProperty({
    enum: ['ok', 'catching-up', 'degraded', 'unavailable'],
    example: 'ok',
    description:
      '"degraded" (still 200: one bad event must not take every replica out of service): a projection or process manager is ' +
      'stalled, or a process manager has parked reactions; "unavailable" (503): the database cannot be reached.',
  })
  status: 'ok' | 'catching-up' | 'degraded' | 'unavailable';
  @ApiProperty({ enum: ['up', 'down'], example: 'up' }) database: 'up' | 'down';
  @ApiPropertyOptional({ type: [ProjectionReadiness], description: 'While the database answers.' }) projections?: ProjectionReadiness[];
  @ApiPropertyOptional({ type: [ProcessManagerReadiness], description: 'While the database answers.' })
  processManagers?: ProcessManagerReadiness[];
}
