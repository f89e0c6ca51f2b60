import { InvalidCommandError } from '@app/domain';
import { isIsoDate, type IsoDate } from './dates.js';

/**
 * Checks on a command's own content (400). Commands usually arrive through validated DTOs; these keep
 * the deciders safe when called otherwise. Messages name the field, never its value.
 */
export function requireDate(value: unknown, what: string): asserts value is IsoDate {
  if (!isIsoDate(value)) throw new InvalidCommandError(`The ${what} must be a date written YYYY-MM-DD.`);
}

export function requireId(value: unknown, what: string): asserts value is string {
  if (typeof value !== 'string' || value.trim() === '') throw new InvalidCommandError(`The ${what} is missing.`);
}

export function requireText(value: unknown, message: string): asserts value is string {
  if (typeof value !== 'string' || value.trim() === '') throw new InvalidCommandError(message);
}

export function requireOneOf<T extends string>(value: unknown, allowed: readonly T[], message: string): asserts value is T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) throw new InvalidCommandError(message);
}

export function requireWholeNumber(value: unknown, min: number, message: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) throw new InvalidCommandError(message);
}
