import { InvalidCommandError } from './domain-errors.js';

/**
 * Checks on a command's own content (400). Commands usually arrive through validated DTOs; these keep
 * the deciders safe when called otherwise. Messages name the field, never its value.
 */
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
