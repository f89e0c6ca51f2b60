import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';
import { EARLIEST_DATE, happenedDateRange, isDateWithin, plannedDateRange } from '../date-bounds.js';
import type { DateRange } from '../iso-date.js';
import { todayInLondon } from '../london-today.js';

/** How a property is documented: its example, what it means, and whether it may be left out. */
export interface DatePropertyDoc {
  example: string;
  description?: string;
  required?: boolean;
  nullable?: boolean;
}

// At the edge "today" is the request's UK date; the decider checks again against the command's time.
function validatedWithin(
  name: string,
  rangeOn: (today: string) => DateRange,
  shape: string,
  options?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name,
      validator: {
        validate: (value) => isDateWithin(value, rangeOn(todayInLondon(new Date()))),
        defaultMessage: buildMessage((each) => `${each}$property must be a real date written YYYY-MM-DD, ${shape}`, options),
      },
    },
    options,
  );
}

const HAPPENED_RANGE = `from ${EARLIEST_DATE} to today (the UK date, Europe/London)`;
const PLANNED_RANGE = `from ${EARLIEST_DATE} to two years after today (the UK date, Europe/London)`;

/** The date of something that happened (a referral, an incident, a closure): not before 1900-01-01, not after today in London. */
export function IsDateThatHappened(options?: ValidationOptions): PropertyDecorator {
  return validatedWithin('isDateThatHappened', happenedDateRange, HAPPENED_RANGE, options);
}

/** A date something is planned for (a meeting, an action's due date): not before 1900-01-01, at most two years ahead. */
export function IsPlannedDate(options?: ValidationOptions): PropertyDecorator {
  return validatedWithin('isPlannedDate', plannedDateRange, PLANNED_RANGE, options);
}

function documented(doc: DatePropertyDoc, range: string, latest: string): PropertyDecorator {
  const property = {
    type: String,
    format: 'date',
    example: doc.example,
    nullable: doc.nullable,
    description: `${doc.description ? `${doc.description} ` : ''}A date ${range}.`,
    'x-earliest-date': EARLIEST_DATE,
    'x-latest-date': latest,
  } as ApiPropertyOptions;
  return doc.required === false ? ApiPropertyOptional(property) : ApiProperty(property);
}

/**
 * A body or query property holding the date of something that happened: validated by IsDateThatHappened and
 * documented with `format: date` and the allowed range (in the description and as `x-earliest-date` /
 * `x-latest-date`). An optional property also takes `@IsOptional()`.
 */
export function DateThatHappenedProperty(doc: DatePropertyDoc, options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(documented(doc, HAPPENED_RANGE, 'today'), IsDateThatHappened(options));
}

/** A property holding a planned date: validated by IsPlannedDate, documented like DateThatHappenedProperty. */
export function PlannedDateProperty(doc: DatePropertyDoc, options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(documented(doc, PLANNED_RANGE, 'today + 2 years'), IsPlannedDate(options));
}
