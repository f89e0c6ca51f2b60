/**
 * What may be logged of an error. Database errors can quote the values of the failing row in their
 * message, detail or parameters (personal data), so for those only the SQLSTATE and constraint are kept.
 */
export interface ErrorSummary {
  type: string;
  message: string;
  code?: string;
  constraint?: string;
  stack?: string;
}

export function errorSummary(error: unknown): ErrorSummary {
  if (!(error instanceof Error)) return { type: typeof error, message: 'non-error value thrown' };
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  const fromDatabase = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
  return {
    type: error.name,
    message: fromDatabase ? `database error ${code}` : error.message,
    code: typeof code === 'string' ? code : undefined,
    constraint: typeof constraint === 'string' ? constraint : undefined,
    stack: fromDatabase ? undefined : error.stack,
  };
}
