import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@app/event-store';
import { registerDeadlineCommand } from '@app/kit';

export interface RaiseScheduledAlertInput {
  alertId: string;
  raiseAt: string;
}

/** A deadline fired: raise the scheduled alert if it still waits for that time (a system command). */
export class RaiseScheduledAlertCommand extends Command<number> {
  constructor(
    readonly input: RaiseScheduledAlertInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** The stored type of the deadlines that raise alerts: never change it. */
export const RAISE_SCHEDULED_ALERT = 'AlertsRaiseScheduledAlert';
registerDeadlineCommand(
  RAISE_SCHEDULED_ALERT,
  (payload, context) => new RaiseScheduledAlertCommand(payload as unknown as RaiseScheduledAlertInput, context),
);
