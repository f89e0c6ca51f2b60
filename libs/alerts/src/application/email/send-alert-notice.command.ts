import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@app/event-store';
import type { AlertSubject } from '../../domain/index.js';

/** An alert was raised: e-mail it at once to those it is for, if its partnership says so (a system command). */
export class SendAlertNoticeCommand extends Command<number> {
  constructor(
    readonly subject: AlertSubject,
    readonly occurrence: number,
    readonly context: CommandContext,
  ) {
    super();
  }
}
