import { ConfigError } from '../config/config-error.js';

/**
 * On SIGTERM or SIGINT: close the application (stop taking requests and let in-flight ones finish, stop
 * the projection runners at a checkpoint, close the pools), only then stop the database, and exit 0.
 */
export function shutDownOnSignal(app: { close(): Promise<void> }, database: { stop(): Promise<void> }): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      void (async () => {
        await app.close();
        await database.stop();
        process.exit(0);
      })();
    });
  }
}

/** Runs an entry point; a start-up failure exits 1 with a message (a configuration error without a stack). */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof ConfigError ? `configuration error: ${error.message}` : error);
    process.exit(1);
  });
}
