import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@app/event-store';
import type { IsoDate } from '@app/periods';
import type { AlertRecord } from '../../domain/index.js';

/**
 * What another service recorded about a person, for the cross-service rules: `victim-elsewhere` (referred
 * as a victim to a victim service or a Case Review), `offending` (an offence on an IOM record).
 */
export interface CheckPersonWatchInput {
  rule: 'victim-elsewhere' | 'offending';
  personId: string;
  partnershipId: string;
  /** The other service's record (a victim-service case, an application, an IOM offender record) and its link. */
  source: AlertRecord & { link: string };
  /** What in that record it is (the case, the offence id), so each gives one alert per MARAC case. */
  occurrence: string;
  on: IsoDate;
  /** For an offence: the IOM record, to tell whether the person was on its cohort that day. */
  offenderId?: string;
  /** When the other service's event was recorded (passed on to each alert raised). */
  causedAt: string;
}

/** A system command: read the person's watch and raise the cross-service alerts it calls for. Answers the alert ids. */
export class CheckPersonWatchCommand extends Command<string[]> {
  constructor(
    readonly input: CheckPersonWatchInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
