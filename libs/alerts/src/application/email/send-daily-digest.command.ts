import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@app/event-store';
import { registerDeadlineCommand } from '@app/kit';

/** A deadline fired: send the day's digest, and schedule the next day's (a system command). */
export class SendDailyDigestCommand extends Command<number> {
  constructor(
    readonly day: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** The stored type of the digest deadlines: never change it. */
export const SEND_DAILY_DIGEST = 'AlertsSendDailyDigest';
registerDeadlineCommand(SEND_DAILY_DIGEST, (payload, context) => new SendDailyDigestCommand(payload.day as string, context));
