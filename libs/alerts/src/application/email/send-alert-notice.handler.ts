import { todayOf } from '@app/kit';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AlertDigests } from './alert-digests.js';
import { SendAlertNoticeCommand } from './send-alert-notice.command.js';

@CommandHandler(SendAlertNoticeCommand)
export class SendAlertNoticeHandler implements ICommandHandler<SendAlertNoticeCommand> {
  constructor(private readonly digests: AlertDigests) {}

  execute({ subject, occurrence, context }: SendAlertNoticeCommand): Promise<number> {
    return this.digests.sendNotice(subject, occurrence, todayOf(context));
  }
}
