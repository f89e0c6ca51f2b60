import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@app/event-store';
import type { AlertKind } from '../../domain/index.js';

export interface ClearAlertCauseInput {
  kind: AlertKind;
  about: string;
  /** What made the cause go away (`action-completed`), a code, never free text. */
  cause: string;
  /** When the event that removed the cause was recorded. */
  causedAt?: string;
}

/** A system command: the alert's cause went away; withdraw it if scheduled, resolve it if raised. */
export class ClearAlertCauseCommand extends Command<number> {
  constructor(
    readonly input: ClearAlertCauseInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
