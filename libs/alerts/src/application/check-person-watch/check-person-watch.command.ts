import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@app/event-store';
import type { ServiceContact } from '../../domain/index.js';

/**
 * What another service recorded about a person, for the cross-service rules: `victim-elsewhere` (referred
 * as a victim to a victim service or a Case Review), `offending` (an offence on an IOM record).
 */
export interface CheckPersonWatchInput extends ServiceContact {
  /** The person record the other service's event names. */
  personId: string;
  /** The log position of that event: the watch and the merges are read as they stood just before it. */
  at: string;
  /** When the other service's event was recorded (passed on to each alert raised). */
  causedAt: string;
}

/** A system command: read the person's watch and raise the cross-service alerts it calls for. Answers the alert ids. */
export class CheckPersonWatchCommand extends Command<string[]> {
  constructor(
    readonly input: CheckPersonWatchInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
