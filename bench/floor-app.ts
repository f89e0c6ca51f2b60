/**
 * The floor of benchmark 4: the framework's own cost of a command. A bare NestJS application on the same
 * HTTP adapter as the API (Express, through @nestjs/platform-express) with one route and nothing else: no
 * guards, pipes, interceptors, filters or logger; it stores the request's body as it came (the same bytes
 * the product's command receives) with one plain INSERT and answers 201 with a small JSON body.
 * Started as its own process by the benchmark: `node dist/bench/floor-app.js` with DATABASE_URL and PORT.
 */
import 'reflect-metadata';
import { Body, Controller, Get, HttpCode, Module, Param, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

@Controller()
class FloorController {
  @Get('ready')
  ready(): { ready: true } {
    return { ready: true };
  }

  @Post('floor/:run/cases/:caseId/incidents')
  @HttpCode(201)
  async record(@Param('run') run: string, @Param('caseId') caseId: string, @Body() body: unknown): Promise<{ caseId: string }> {
    await pool.query('INSERT INTO bench_floor (run, case_id, body) VALUES ($1, $2, $3)', [run, caseId, JSON.stringify(body)]);
    return { caseId };
  }
}

@Module({ controllers: [FloorController] })
class FloorModule {}

async function main(): Promise<void> {
  await pool.query(
    'CREATE TABLE IF NOT EXISTS bench_floor (id bigserial PRIMARY KEY, run text NOT NULL, case_id text NOT NULL, body jsonb NOT NULL)',
  );
  const app = await NestFactory.create(FloorModule, { logger: false });
  await app.listen(Number(process.env.PORT), '127.0.0.1');
  const stop = () =>
    void app
      .close()
      .then(() => pool.end())
      .finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

void main();
