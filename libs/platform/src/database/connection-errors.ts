/**
 * True when an error means the database could not be reached or went away (an outage: 503), as
 * opposed to a query the database refused (a bug or a conflict).
 */
const NODE_CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);

export function isConnectionError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (NODE_CONNECTION_CODES.has(code)) return true;
    // SQLSTATE classes 08 (connection exception), 57P (operator intervention: shutdown, cannot connect now), 53 (insufficient resources).
    if (code.startsWith('08') || code.startsWith('57P') || code.startsWith('53')) return true;
  }
  if (
    typeof message === 'string' &&
    /Connection terminated|connection timeout|Client has encountered a connection error|the database system is (starting up|shutting down)/i.test(
      message,
    )
  ) {
    return true;
  }
  const cause = (error as { cause?: unknown }).cause;
  return cause !== undefined && cause !== error && isConnectionError(cause);
}
