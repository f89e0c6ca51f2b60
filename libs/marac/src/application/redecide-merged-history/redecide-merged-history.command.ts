import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@app/event-store';
import type { RepeatReclassificationReason } from '../../domain/index.js';

/**
 * People were merged or unmerged: decide the repeats of each named person's victims' referrals again on the
 * history their records now share (a system command of the people-merges process manager). Answers how
 * many referrals changed.
 */
export class RedecideMergedHistoryCommand extends Command<number> {
  constructor(
    readonly input: {
      partnershipId: string;
      personIds: string[];
      reason: Extract<RepeatReclassificationReason, 'people-merged' | 'people-unmerged'>;
    },
    readonly context: CommandContext,
  ) {
    super();
  }
}
