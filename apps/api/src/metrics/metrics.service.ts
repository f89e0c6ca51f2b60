import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { ProjectionsService } from '@app/projections';
import { ProcessManagersService } from '@app/kit';

/** Prometheus metrics of this process; projection lag is read from the checkpoints at scrape time. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpRequests = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly commands = new Counter({
    name: 'commands_total',
    help: 'Commands handled, by outcome',
    labelNames: ['outcome'],
    registers: [this.registry],
  });

  constructor(projections: ProjectionsService, processManagers: ProcessManagersService) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'projection_lag_positions',
      help: 'How far a projection is behind the newest event it reads, in log positions (PostgreSQL: about the events appended since; EventStoreDB: bytes); 0 when caught up',
      labelNames: ['projection'],
      registers: [this.registry],
      async collect() {
        for (const projection of await projections.health()) this.set({ projection: projection.name }, projection.lag);
      },
    });
    new Gauge({
      name: 'projection_stalled_attempts',
      help:
        "Times the batch at a stalled follower's checkpoint has failed (0: not stalled; alert on any other value), by projection " +
        '(process managers as process_manager:<name>); /health/ready names its position',
      labelNames: ['projection'],
      registers: [this.registry],
      async collect() {
        for (const projection of await projections.health()) this.set({ projection: projection.name }, projection.stall?.attempts ?? 0);
        for (const manager of await processManagers.health())
          this.set({ projection: `process_manager:${manager.name}` }, manager.stall?.attempts ?? 0);
      },
    });
    new Gauge({
      name: 'process_manager_dead_letters',
      help: 'Reactions of a process manager parked in the dead-letter table, waiting for a replay',
      labelNames: ['process_manager'],
      registers: [this.registry],
      async collect() {
        for (const manager of await processManagers.health()) this.set({ process_manager: manager.name }, manager.parked);
      },
    });
  }
}
