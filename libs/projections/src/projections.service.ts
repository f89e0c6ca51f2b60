import { Inject, Injectable, Logger, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EVENT_STORE, EventCodec, positionToString, START, type EventStore, type Position } from '@app/event-store';
import { APP_CONFIG, BOUNDED_CONTEXTS, errorSummary, type AppConfig } from '@app/platform';
import { readCheckpointStates, type CheckpointState } from './checkpoints.js';
import { logLag } from './log-lag.js';
import type { Projection } from './projection.js';
import type { ContextProjections } from './context-projections.js';
import { ProjectionRunner } from './projection-runner.js';
import type { RunnerStatus } from './log-follower.js';

export interface ProjectionHealth extends RunnerStatus {
  /** Its checkpoint (whichever process runs it). */
  position: Position;
  /** The newest event it reads. */
  head: Position;
  /** How far the checkpoint is behind the head, in log positions (positionDistance); 0 when caught up. */
  lag: number;
  /** Set while the batch at the checkpoint keeps failing: it is retried, and nothing after it is applied. */
  stall: CheckpointState['stall'];
}

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
        // The position, never the event: its data may be what the projection could not store.
        onError: (name, error, position) =>
          this.logger.error(
            { projection: name, position: position ? positionToString(position) : null, err: errorSummary(error) },
            'projection cannot apply the events after its checkpoint; retrying',
          ),
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

  /** From the checkpoint rows and the head of the log (one lookup each): as cheap at a billion events as at ten. */
  async health(): Promise<ProjectionHealth[]> {
    const checkpoints = await readCheckpointStates(this.dataSource.manager);
    return Promise.all(
      this.projections.map(async (projection) => {
        const local = this.runners.find((runner) => runner.projection === projection)?.status();
        const checkpoint = checkpoints.get(projection.name);
        const position = checkpoint?.position ?? START;
        return {
          name: projection.name,
          active: local?.active ?? false,
          caughtUp: local?.caughtUp ?? false,
          lastError: local?.lastError ?? checkpoint?.stall?.error ?? undefined,
          position,
          ...(await logLag(this.store, position, projection.filter)),
          stall: checkpoint?.stall,
        };
      }),
    );
  }

  /** Waits until every projection has applied everything in the log (tests, demo loading). */
  /**
   * Whether the named projection has read the whole log it follows, waiting up to `timeoutMs` for it: what
   * system work that reads a read model checks first (false when it is behind or not in this process's list).
   */
  async isCaughtUp(name: string, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const health = (await this.health()).find((projection) => projection.name === name);
      if (!health) return false;
      if (health.lag === 0) return true;
      if (Date.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

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
