import { ConfigError } from '../config/config-error.js';
import { EmbeddedDatabaseError } from '../database/embedded-postgres.js';
import { errorSummary } from '../logging/error-summary.js';

/**
 * On SIGTERM or SIGINT: close the application (stop taking requests and let in-flight ones finish, stop
 * the projection runners at a checkpoint, close the pools), only then stop the database, and exit 0
 * (1, with the error's summary, when a step fails).
 */
export function shutDownOnSignal(app: { close(): Promise<void> }, database: { stop(): Promise<void> }): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      void (async () => {
        await app.close();
        await database.stop();
        process.exit(0);
      })().catch((error: unknown) => {
        // A shutdown that failed is not a clean stop: say which step's error it was (no data), and exit 1.
        console.error('shutdown failed:', JSON.stringify(errorSummary(error)));
        process.exit(1);
      });
    });
  }
}

/**
 * Runs an entry point; a start-up failure exits 1 with a message (a configuration error, or an embedded database
 * that cannot start, without a stack: the message says what to set).
 */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError) console.error(`configuration error: ${error.message}`);
    else if (error instanceof EmbeddedDatabaseError) console.error(error.message);
    else console.error(error);
    process.exit(1);
  });
}
