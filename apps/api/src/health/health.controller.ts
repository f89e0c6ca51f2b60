import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { positionToString, type Position } from '@app/event-store';
import { ProjectionsService, type ProjectionHealth } from '@app/projections';
import { isConnectionError } from '@app/platform';
import { ProcessManagersService } from '@app/kit';
import { Public } from '@app/access';

/** A stalled follower's entry names where it is stuck, since when, how often it was tried and the error code. */
function stalled({ position, stall }: { position: Position; stall: ProjectionHealth['stall'] }) {
  return stall
    ? { stalled: { position: positionToString(position), since: stall.since.toISOString(), attempts: stall.attempts, error: stall.error } }
    : {};
}

/** Liveness (the process answers) and readiness (database reachable; how far each projection is behind). */
@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly projections: ProjectionsService,
    private readonly processManagers: ProcessManagersService,
  ) {}

  @Get('live')
  @ApiOkResponse({ description: 'The process is up', schema: { example: { status: 'ok' } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOkResponse({
    description: 'The database answers; projections listed with the events each has still to apply',
    schema: {
      example: {
        status: 'ok',
        database: 'up',
        projections: [{ name: 'marac_case_list', lag: 0, position: '812/20431', head: '812/20431', active: true, caughtUp: true }],
        processManagers: [{ name: 'referral', lag: 0, position: '812/20431', active: true, parked: 0 }],
      },
    },
  })
  @ApiOkResponse({
    description:
      'status "degraded" (still serving, still 200: one bad event must not take every replica out of service): a projection or ' +
      'process manager is stalled (`stalled: { position, since, attempts, error }`: the batch after its checkpoint keeps failing), ' +
      'or a process manager has reactions parked in the dead-letter table',
  })
  @ApiServiceUnavailableResponse({ description: 'The database cannot be reached' })
  async ready(@Res({ passthrough: true }) response: Response): Promise<unknown> {
    try {
      await this.dataSource.query('SELECT 1');
      const projections = (await this.projections.health()).map((p) => ({
        name: p.name,
        lag: p.lag,
        position: positionToString(p.position),
        head: positionToString(p.head),
        active: p.active,
        caughtUp: p.caughtUp,
        ...stalled(p),
        ...(p.lastError ? { lastError: p.lastError } : {}),
      }));
      const processManagers = (await this.processManagers.health()).map((m) => ({
        name: m.name,
        lag: m.lag,
        position: positionToString(m.position),
        active: m.active,
        parked: m.parked,
        ...stalled(m),
        ...(m.lastError ? { lastError: m.lastError } : {}),
      }));
      const status =
        processManagers.some((m) => m.parked > 0) || [...projections, ...processManagers].some((p) => 'stalled' in p)
          ? 'degraded'
          : [...projections, ...processManagers].every((p) => p.lag === 0)
            ? 'ok'
            : 'catching-up';
      return { status, database: 'up', projections, processManagers };
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'unavailable', database: 'down' };
    }
  }
}
