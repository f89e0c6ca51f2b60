import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { boundedContexts } from '@app/contexts';
import { loadConfig, resolveDatabase, runMain, shutDownOnSignal } from '@app/platform';
import { AppModule } from '../../api/src/app.module.js';

/**
 * The projection runners on their own, with no HTTP: run one or more of these beside API processes
 * started with RUN_PROJECTIONS=false. Each projection is worked by one process at a time (advisory
 * lock); the others stand by.
 */
async function main(): Promise<void> {
  const config = { ...loadConfig(), runProjections: true };
  const database = await resolveDatabase(config);
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ config, databaseUrl: database.url, contexts: boundedContexts, http: false }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  await app.init();
  shutDownOnSignal(app, database);
  app.get(Logger).log('Safer Panels projector running');
}

runMain(main);
