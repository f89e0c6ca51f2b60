import { Transform } from 'class-transformer';
import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';
import { isIsoDate } from '../domain/index.js';

/** A real calendar date written YYYY-MM-DD ('2025-02-29' is refused). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => isIsoDate(value),
        defaultMessage: buildMessage((each) => `${each}$property must be a real date written YYYY-MM-DD`, options),
      },
    },
    options,
  );
}

/** Query strings carry 'true' / 'false'. */
export const ToBoolean = () => Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

/** Today's date (UTC), the default `asOf` of overdue counts. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
