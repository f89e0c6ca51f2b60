import type { CommandContext } from '@app/event-store';
import { todayInLondon, type IsoDate } from '@app/periods';

/** The UK civil date at the command's time (`occurredAt`): what the deciders take as "today" (they read no clock). */
export function todayOf(context: CommandContext): IsoDate {
  return todayInLondon(new Date(context.occurredAt));
}
