import { boundedContexts } from '@app/contexts';
import { ConfigError, loadConfig, resolveDatabase } from '@app/platform';
import { createApp } from './bootstrap.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await resolveDatabase(config);
  const app = await createApp({ config, databaseUrl: database.url, contexts: boundedContexts });
  // Shutdown order: stop taking requests and let in-flight ones finish, stop the projection runners at a
  // checkpoint, close the pools, and only then stop the embedded database.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      void (async () => {
        await app.close();
        await database.stop();
        process.exit(0);
      })();
    });
  }
  app.get(LoggerToken).log(
    `Safer Panels API on http://${config.host}:${config.port} (docs at /docs; database: ${config.databaseUrl ? 'DATABASE_URL' : `embedded in ${config.dataDir}`}; event store: ${config.eventStore})`,
  );
  await app.listen(config.port, config.host);
}

const LoggerToken = (await import('nestjs-pino')).Logger;

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `configuration error: ${error.message}` : error);
  process.exit(1);
});
