import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { EVENT_STORE, EventCodec, positionToString, START, type EventStore, type Position } from '@app/event-store';
import { logLag, readCheckpointStates, type CheckpointState } from '@app/projections';
import { APP_CONFIG, errorSummary, type AppConfig } from '@app/platform';
import { Deadlines } from '../deadlines/deadlines.js';
import { DeadLetter } from './dead-letter.entity.js';
import { isProcessManagerClass, type ProcessManager } from './process-manager.js';
import { checkpointNameOf, ProcessManagerRunner } from './process-manager-runner.js';
import type { ReactionPorts } from './perform-reaction.js';

export interface ProcessManagerHealth {
  name: string;
  /** This process holds the manager's lock and works. */
  active: boolean;
  position: Position;
  /** How far its checkpoint is behind the newest event of its categories, in log positions; 0 when caught up. */
  lag: number;
  /** Reactions that kept failing and wait for an operator (`npm run dead-letters`). */
  parked: number;
  lastError?: string;
  /** Set while a batch at its checkpoint keeps failing (not a reaction: those are parked). */
  stall: CheckpointState['stall'];
}

/**
 * Finds every process manager of the loaded contexts (classes marked @DurableProcessManager()), runs them
 * in this process when RUN_PROJECTIONS is on (each active in one process at a time), and reports on all of
 * them whichever process runs them.
 */
@Injectable()
export class ProcessManagersService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('ProcessManagers');
  private readonly runners: ProcessManagerRunner[] = [];
  managers: ProcessManager[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly codec: EventCodec,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly commandBus: CommandBus,
    private readonly deadlines: Deadlines,
  ) {}

  onApplicationBootstrap(): void {
    this.managers = this.discovery
      .getProviders()
      .filter((wrapper) => wrapper.instance && isProcessManagerClass(wrapper.metatype))
      .map((wrapper) => wrapper.instance as ProcessManager);
    const names = this.managers.map((manager) => manager.name);
    const twice = names.find((name, i) => names.indexOf(name) !== i);
    if (twice) throw new Error(`two process managers are named "${twice}"`);
    if (!this.config.runProjections) return;
    for (const manager of this.managers) {
      const runner = new ProcessManagerRunner(this.dataSource, this.store, this.codec, manager, this.ports(), {
        onError: (name, error, position) =>
          this.logger.error(
            { processManager: name, position: position ? positionToString(position) : null, err: errorSummary(error) },
            'process manager batch failed; retrying',
          ),
        onRetry: (name, attempt, error) =>
          this.logger.warn({ processManager: name, attempt, err: errorSummary(error) }, 'reaction failed; retrying'),
        onParked: (name, letter) => {
          const fields = { processManager: name, deadLetter: letter.commandId, error: letter.error };
          if (letter.outcome === 'parked') this.logger.error(fields, 'reaction kept failing: parked in the dead-letter table');
          else this.logger.warn(fields, 'reaction refused by the domain: recorded in the dead-letter table');
        },
      });
      runner.start();
      this.runners.push(runner);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.stop()));
  }

  find(name: string): ProcessManager | undefined {
    return this.managers.find((manager) => manager.name === name);
  }

  /** What reactions act through in this process (the runners' and a replay's). */
  ports(): ReactionPorts {
    return { commandBus: this.commandBus, deadlines: this.deadlines };
  }

  async health(): Promise<ProcessManagerHealth[]> {
    const parked: { process_manager: string; parked: number }[] = await this.dataSource
      .getRepository(DeadLetter)
      .createQueryBuilder('letter')
      .select('letter.processManager', 'process_manager')
      .addSelect('count(*)::int', 'parked')
      .where('letter.replayedAt IS NULL')
      .andWhere('letter.outcome = :outcome', { outcome: 'parked' })
      .groupBy('letter.processManager')
      .getRawMany();
    const checkpoints = await readCheckpointStates(this.dataSource.manager);
    return Promise.all(
      this.managers.map(async (manager) => {
        const local = this.runners.find((runner) => runner.manager === manager)?.status();
        const checkpoint = checkpoints.get(checkpointNameOf(manager));
        const position = checkpoint?.position ?? START;
        return {
          name: manager.name,
          active: local?.active ?? false,
          position,
          lag: (await logLag(this.store, position, { categories: manager.categories })).lag,
          parked: parked.find((row) => row.process_manager === manager.name)?.parked ?? 0,
          stall: checkpoint?.stall,
          ...(local?.lastError ? { lastError: local.lastError } : {}),
        };
      }),
    );
  }

  /** Waits until every process manager has reacted to the whole log (tests, and what follows a write). */
  async waitUntilCaughtUp(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const health = await this.health();
      if (health.every((manager) => manager.lag === 0)) return;
      if (Date.now() > deadline) throw new Error(`process managers still behind: ${health.map((m) => `${m.name}=${m.lag}`).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}
