import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { RequestProblem } from '@app/http';

/**
 * Bodies and query strings are validated against their DTO classes. Unknown properties are refused
 * (not silently dropped) and every offending field is named, with nested paths like `victim.name`.
 */
export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestProblem(400, 'The request is not valid: see errors for each field.', flatten(errors)),
  });
}

function flatten(errors: ValidationError[], parent = ''): { field: string; messages: string[] }[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
