import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { ConfigError } from './config-error.js';
import { EnvironmentVariables } from './environment-variables.js';

/**
 * Validates an environment against the schema: defaults filled in, numbers and flags converted. Throws one
 * ConfigError naming every bad variable (messages never quote a value: some are secrets).
 */
export function readEnvironment(env: NodeJS.ProcessEnv): Readonly<EnvironmentVariables> {
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const environment = plainToInstance(EnvironmentVariables, set, { excludeExtraneousValues: true, exposeDefaultValues: true });
  const errors = validateSync(environment, { forbidUnknownValues: true, stopAtFirstError: true });
  if (errors.length > 0) throw new ConfigError(errors.flatMap(messagesOf).join('; '));
  return Object.freeze(environment);
}

function messagesOf(error: ValidationError): string[] {
  return Object.values(error.constraints ?? {});
}
