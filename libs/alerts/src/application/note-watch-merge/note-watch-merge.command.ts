import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@app/event-store';
import type { WatchMergesEvent } from '../../domain/index.js';

/** A system command: note on the alert rules' copy of the partnership's merges a merge or unmerge of people (once). */
export class NoteWatchMergeCommand extends Command<number> {
  constructor(
    readonly change: WatchMergesEvent,
    readonly context: CommandContext,
  ) {
    super();
  }
}
