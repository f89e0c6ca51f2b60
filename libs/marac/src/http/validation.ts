import { UnauthorizedException } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';
import type { Request } from 'express';
import type { AuthenticatedUser } from '@app/access';
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

/**
 * The verified caller set by the authentication guard. Deny by default: without one (no guard ran)
 * the request is refused, never served as if it came from a user who may see everything.
 */
export function callerOf(request: Request): AuthenticatedUser {
  const user = (request as Request & { user?: AuthenticatedUser }).user;
  if (!user) throw new UnauthorizedException('This endpoint needs a bearer token.');
  return user;
}

/** Today's date (UTC), the default `asOf` of overdue counts. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
