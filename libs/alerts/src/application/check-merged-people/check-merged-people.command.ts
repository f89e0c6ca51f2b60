import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@app/event-store';
import type { IsoDate } from '@app/periods';

/** A merge (`personId` into `otherPersonId`) or an unmerge (`personId` from `otherPersonId`) on the people ledger. */
export interface CheckMergedPeopleInput {
  change: 'merged' | 'unmerged';
  partnershipId: string;
  personId: string;
  otherPersonId: string;
  /** The ledger event's log position: the watches and merges are read as they stood just before it. */
  at: string;
  /** The UK day it was recorded: a merge alerts about contacts within the lookback before it. */
  on: IsoDate;
  /** When the ledger event was recorded (passed on to each alert raised or cleared). */
  causedAt: string;
}

/**
 * A system command: a merge raises the cross-service alerts it newly calls for (a MARAC victim joined with
 * a person referred to another service within the lookback); an unmerge resolves those it takes apart.
 * Answers the number of alerts raised or cleared.
 */
export class CheckMergedPeopleCommand extends Command<number> {
  constructor(
    readonly input: CheckMergedPeopleInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
