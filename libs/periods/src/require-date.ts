import { InvalidCommandError } from '@app/domain';
import { isIsoDate, type IsoDate } from './iso-date.js';

/** A decider's check of a date in a command (400, see libs/domain command-validation): names the field, never its value. */
export function requireDate(value: unknown, what: string): asserts value is IsoDate {
  if (!isIsoDate(value)) throw new InvalidCommandError(`The ${what} must be a date written YYYY-MM-DD.`);
}
