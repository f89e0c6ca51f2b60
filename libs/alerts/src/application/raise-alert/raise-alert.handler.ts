import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, deriveId } from '@app/event-store';
import { Deadlines, todayOf } from '@app/kit';
import { alertDecider, alertTimeFor } from '../../domain/index.js';
import { alertIdOf, alertSettingsOn, alertSettingsStream, alertStream } from '../alert-streams.js';
import { RAISE_SCHEDULED_ALERT } from '../raise-scheduled-alert/raise-scheduled-alert.command.js';
import { RaiseAlertCommand } from './raise-alert.command.js';

export const ALERTS_SCHEDULER = 'alerts';

/**
 * Works out when the alert is due to be raised (the partnership's thresholds in force today), then raises
 * it or schedules it in one append to its slot. A scheduled alert gets a kit deadline whose id derives from
 * this command's, asked for after every handling (a replay too): a crash between the append and the
 * deadline leaves nothing unscheduled, and pg-boss ignores a second send of the same id.
 */
@CommandHandler(RaiseAlertCommand)
export class RaiseAlertHandler implements ICommandHandler<RaiseAlertCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly deadlines: Deadlines,
  ) {}

  async execute(command: RaiseAlertCommand): Promise<string> {
    const alertId = alertIdOf(command.input.kind, command.input.about);
    // The thresholds and the slot in one round trip: this runs for every alert-worthy event.
    return this.executor.readTogether([alertSettingsStream(command.input.partnershipId), alertStream(alertId)], () =>
      this.raiseOrSchedule(command, alertId),
    );
  }

  private async raiseOrSchedule({ input, context }: RaiseAlertCommand, alertId: string): Promise<string> {
    const settings = await alertSettingsOn(this.executor, input.partnershipId, todayOf(context));
    const time = alertTimeFor(input.timing, settings, context.occurredAt);
    if (time === null) return alertId;
    const { raiseAt } = time;
    const dueOn = time.dueOn ?? input.dueOn;
    const { kind, partnershipId, record, link } = input;
    // The partnership may send a kind to a team (its members, by the teams claim) instead of the rule's role.
    const team = settings.teamsByKind[kind];
    const audience = team ? ({ kind: 'team', team } as const) : input.audience;
    const result = await this.executor.handle(
      alertStream(alertId),
      alertDecider,
      (state) =>
        alertDecider.decide(
          {
            type: 'RaiseOrScheduleAlert',
            subject: { alertId, kind, partnershipId, record, audience, link, dueOn },
            raiseAt,
            now: context.occurredAt,
            causedAt: input.causedAt,
            movesDueDate: input.movesDueDate,
          },
          state,
        ),
      { context: { ...context, partnershipId }, revealPersonalData: false },
    );
    const { state } = result;
    if (state.status === 'scheduled' && state.raiseAt !== null) {
      await this.deadlines.schedule({
        id: deriveId(context.commandId, 'alert-deadline'),
        key: `alert:${alertId}`,
        dueAt: new Date(state.raiseAt),
        command: { type: RAISE_SCHEDULED_ALERT, payload: { alertId, raiseAt: state.raiseAt } },
        correlationId: context.correlationId,
        scheduledBy: ALERTS_SCHEDULER,
      });
    }
    return alertId;
  }
}
