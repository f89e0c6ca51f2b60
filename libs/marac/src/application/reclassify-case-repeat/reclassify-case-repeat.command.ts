import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@app/event-store';
import type { ReclassifyCaseRepeat } from '../../domain/index.js';

/** Give a case the repeat outcome the victim's history decided (a system command of the victim-history process manager). Answers the case's revision. */
export class ReclassifyCaseRepeatCommand extends Command<number> {
  constructor(
    readonly input: Omit<ReclassifyCaseRepeat, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
