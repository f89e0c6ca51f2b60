import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { addDays } from '@app/periods';
import { AlertDigests } from './alert-digests.js';
import { DailyDigestSchedule } from './daily-digest-schedule.js';
import { SendDailyDigestCommand } from './send-daily-digest.command.js';

@CommandHandler(SendDailyDigestCommand)
export class SendDailyDigestHandler implements ICommandHandler<SendDailyDigestCommand> {
  constructor(
    private readonly digests: AlertDigests,
    private readonly schedule: DailyDigestSchedule,
  ) {}

  async execute({ day }: SendDailyDigestCommand): Promise<number> {
    await this.schedule.scheduleFor(addDays(day, 1));
    return this.digests.sendDaily(day);
  }
}
