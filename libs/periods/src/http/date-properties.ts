import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** How a date in an answer is documented. */
export interface DateDoc {
  example: string | null;
  description?: string;
  nullable?: boolean;
  required?: boolean;
}

function documented(format: 'date' | 'date-time', { required, ...doc }: DateDoc): PropertyDecorator {
  const property = { type: String, format, ...doc };
  return required === false ? ApiPropertyOptional(property) : ApiProperty(property);
}

/** A UK civil date in an answer (`YYYY-MM-DD`, Europe/London), documented as `format: date`. */
export function DateProperty(doc: DateDoc): PropertyDecorator {
  return documented('date', doc);
}

/** An instant in an answer (ISO 8601 in UTC, `2026-06-01T09:00:00.000Z`), documented as `format: date-time`. */
export function DateTimeProperty(doc: DateDoc): PropertyDecorator {
  return documented('date-time', doc);
}
