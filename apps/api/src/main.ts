import { Logger } from 'nestjs-pino';
import { boundedContexts } from '@app/contexts';
import { loadConfig, resolveDatabase, runMain, shutDownOnSignal } from '@app/platform';
import { createApp } from './bootstrap.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await resolveDatabase(config);
  const app = await createApp({ config, databaseUrl: database.url, contexts: boundedContexts });
  shutDownOnSignal(app, database);
  await app.listen(config.port, config.host);
  app
    .get(Logger)
    .log(
      `Safer Panels API on http://${config.host}:${config.port} (docs at /docs; database: ${config.databaseUrl ? 'DATABASE_URL' : `embedded in ${config.dataDir}`}; event store: ${config.eventStore})`,
    );
}

runMain(main);
