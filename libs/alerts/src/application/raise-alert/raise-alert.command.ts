import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@app/event-store';
import type { IsoDate } from '@app/periods';
import type { AlertAudience, AlertKind, AlertRecord, AlertTiming } from '../../domain/index.js';

export interface RaiseAlertInput {
  kind: AlertKind;
  /** What the slot is about within its kind (an action id, a case id, a stage of an application). */
  about: string;
  partnershipId: string;
  record: AlertRecord;
  audience: AlertAudience;
  link: string;
  dueOn: IsoDate;
  timing: AlertTiming;
  /** When the event that calls for it was recorded: a slot resolved or withdrawn since is left alone (a replay). */
  causedAt: string;
  /** The cause's due date was corrected: an open alert not due by the new date goes back to waiting (RaiseOrScheduleAlert). */
  movesDueDate?: boolean;
}

/** A system command (process managers): raise the alert now, or schedule it by the partnership's thresholds. Answers the alert id. */
export class RaiseAlertCommand extends Command<string> {
  constructor(
    readonly input: RaiseAlertInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
