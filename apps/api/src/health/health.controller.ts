import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { positionToString, type Position } from '@app/event-store';
import { ProjectionsService, type ProjectionHealth } from '@app/projections';
import { isConnectionError } from '@app/platform';
import { ProcessManagersService } from '@app/kit';
import { Public } from '@app/access';
import { Answers } from '@app/http';
import { Liveness, Readiness } from './health-answers.js';

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
  @ApiOperation({ summary: 'Liveness: the process answers' })
  @Answers(Liveness)
  live(): Liveness {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: the database answers; how far each projection and process manager is behind' })
  @Answers(Readiness, { description: 'The database answers (status ok, catching-up or degraded).' })
  @ApiServiceUnavailableResponse({ type: Readiness, description: 'The database cannot be reached (status unavailable).' })
  async ready(@Res({ passthrough: true }) response: Response): Promise<Readiness> {
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
