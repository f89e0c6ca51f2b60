import { Inject, Injectable, Logger, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EVENT_STORE, EventCodec, type EventStore } from '@app/event-store';
import { APP_CONFIG, BOUNDED_CONTEXTS, errorSummary, type AppConfig } from '@app/platform';
import { readCheckpoint } from './checkpoints.js';
import type { Projection } from './projection.js';
import type { ContextProjections } from './context-projections.js';
import { ProjectionRunner } from './projection-runner.js';
import type { RunnerStatus } from './log-follower.js';

export interface ProjectionHealth extends RunnerStatus {
  /** Events in the log that this projection has not applied yet (capped). */
  lag: number;
}

/** Lag counts stop here: "more than this many behind" is all an operator needs to know. */
const LAG_CAP = 1_000_000;

/**
 * Owns the runners of every registered projection in this process (when RUN_PROJECTIONS is on) and
 * reports every projection's progress, whichever process runs it.
 */
@Injectable()
export class ProjectionsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Projections');
  private readonly runners: ProjectionRunner[] = [];
  readonly projections: Projection[];

  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly codec: EventCodec,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(BOUNDED_CONTEXTS) contexts: ContextProjections[],
  ) {
    this.projections = contexts.flatMap((context) => context.projections);
  }

  onApplicationBootstrap(): void {
    if (!this.config.runProjections) return;
    for (const projection of this.projections) {
      const runner = new ProjectionRunner(this.dataSource, this.store, this.codec, projection, {
        onError: (name, error) =>
          this.logger.error({ projection: name, err: errorSummary(error) }, 'projection batch failed; retrying'),
      });
      runner.start();
      this.runners.push(runner);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.stop()));
  }

  find(name: string): Projection | undefined {
    return this.projections.find((projection) => projection.name === name);
  }

  async health(): Promise<ProjectionHealth[]> {
    return Promise.all(
      this.projections.map(async (projection) => {
        const local = this.runners.find((runner) => runner.projection === projection)?.status();
        const position = await readCheckpoint(this.dataSource.manager, projection.name);
        return {
          name: projection.name,
          active: local?.active ?? false,
          caughtUp: local?.caughtUp ?? false,
          lastError: local?.lastError,
          position,
          lag: await this.store.countEventsAfter(position, projection.filter, LAG_CAP),
        };
      }),
    );
  }

  /** Waits until every projection has applied everything in the log (tests, demo loading). */
  async waitUntilCaughtUp(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const health = await this.health();
      if (health.every((projection) => projection.lag === 0)) return;
      if (Date.now() > deadline) {
        throw new Error(`projections still behind: ${health.map((p) => `${p.name}=${p.lag}`).join(', ')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}
