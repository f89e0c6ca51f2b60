import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@app/event-store';
import type { PersonWatchEvent } from '../../domain/index.js';

/** A system command: note on a person's watch what MARAC or IOM recorded about them (once). */
export class NoteWatchFactCommand extends Command<number> {
  constructor(
    readonly fact: PersonWatchEvent,
    readonly context: CommandContext,
  ) {
    super();
  }
}
