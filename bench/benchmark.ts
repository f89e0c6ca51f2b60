import type { BenchServer } from './database.js';

/** What every benchmark module gets from bench/main.ts. */
export interface BenchmarkContext {
  server: BenchServer;
  /** Progress on the terminal (not part of BENCHMARKS.md). */
  log(line: string): void;
}

/**
 * One benchmark of issue 5. Each is a module in bench/ registered in bench/main.ts; it returns the
 * markdown body of its section of BENCHMARKS.md (the report adds the heading and the environment).
 */
export interface Benchmark {
  /** The name on the command line: `npm run bench -- <id>`. */
  id: string;
  title: string;
  run(context: BenchmarkContext): Promise<string>;
}
