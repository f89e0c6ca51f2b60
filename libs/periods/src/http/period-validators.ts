import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';
import { financialYearStart, parseFinancialQuarterLabel } from '../financial-year.js';
import { isIsoDate } from '../iso-date.js';

function validatedBy(name: string, accepts: (value: unknown) => boolean, shape: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name, validator: { validate: accepts, defaultMessage: buildMessage((each) => `${each}$property must be ${shape}`, options) } },
    options,
  );
}

/** Accepts a string that `parse` reads without throwing. */
function parsedBy(parse: (label: string) => unknown): (value: unknown) => boolean {
  return (value) => {
    if (typeof value !== 'string') return false;
    try {
      parse(value);
      return true;
    } catch {
      return false;
    }
  };
}

/** A real calendar date written YYYY-MM-DD ('2025-02-29' is refused). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return validatedBy('isCalendarDate', isIsoDate, 'a real date written YYYY-MM-DD', options);
}

/** A UK financial year labelled by two consecutive years: '2016-17'. */
export function IsFinancialYear(options?: ValidationOptions): PropertyDecorator {
  return validatedBy('isFinancialYear', parsedBy(financialYearStart), 'a financial year like 2016-17 (two consecutive years)', options);
}

/** A quarter of a UK financial year: '2016-17-Q1' (Q1 April-June ... Q4 January-March). */
export function IsFinancialQuarter(options?: ValidationOptions): PropertyDecorator {
  return validatedBy(
    'isFinancialQuarter',
    parsedBy(parseFinancialQuarterLabel),
    'a financial quarter like 2016-17-Q1 (Q1 April-June ... Q4 January-March)',
    options,
  );
}
