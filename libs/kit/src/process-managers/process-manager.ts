import { SetMetadata } from '@nestjs/common';
import type { ICommand } from '@nestjs/cqrs';
import type { CommandContext, EventEnvelope } from '@app/event-store';
import type { DeadlineCommand } from '../deadlines/deadline-commands.js';
import type { RetryPolicy } from './retry-policy.js';

/** Builds the command for a reaction once the runner has given it its derived command id. */
export type CommandFactory = (context: CommandContext) => ICommand;

/** A deadline a reaction (or a handler) asks for: `command` is dispatched at `dueAt` unless cancelled by `key` first. */
export interface DeadlineRequest {
  /** What the deadline is about (`acknowledge:<applicationId>`): cancelling by key cancels every pending one. */
  key: string;
  dueAt: Date;
  command: DeadlineCommand;
}

/** What a process manager does about one event. */
export type Reaction =
  { kind: 'dispatch'; command: CommandFactory } | { kind: 'schedule'; deadline: DeadlineRequest } | { kind: 'cancel'; key: string };

export const dispatch = (command: CommandFactory): Reaction => ({ kind: 'dispatch', command });
export const scheduleDeadline = (deadline: DeadlineRequest): Reaction => ({ kind: 'schedule', deadline });
export const cancelDeadline = (key: string): Reaction => ({ kind: 'cancel', key });

/**
 * A durable reaction to events: read from the global log from its checkpoint (one active process per name,
 * like a projection), each event's reactions performed through the CommandBus with command ids derived from
 * the event, so a crash or a replay appends nothing twice. `react` must be deterministic for one event (a
 * replay re-derives the same reactions in the same order); the state it needs comes from the event or
 * from the streams its commands write, not from memory.
 */
export interface ProcessManager {
  /** Checkpoint and lock key; also names it on /health/ready, in metrics and in the dead-letter table. */
  readonly name: string;
  /** Event types it reacts to; every other event is passed over. */
  readonly eventTypes: readonly string[];
  /** Stream categories those events are in (reads only them); every category when left out. */
  readonly categories?: readonly string[];
  /** How a reaction that fails is retried before it is parked (defaults in retry-policy.ts). */
  readonly retry?: Partial<RetryPolicy>;
  react(event: EventEnvelope): readonly Reaction[] | Promise<readonly Reaction[]>;
}

const PROCESS_MANAGER = Symbol('process-manager');

/** Marks an @Injectable() class implementing ProcessManager, so the kit finds and runs it. */
export const DurableProcessManager = (): ClassDecorator => SetMetadata(PROCESS_MANAGER, true);

export function isProcessManagerClass(type: unknown): boolean {
  return typeof type === 'function' && Reflect.getMetadata(PROCESS_MANAGER, type) === true;
}
