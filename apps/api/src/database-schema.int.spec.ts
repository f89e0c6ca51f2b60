import pg from 'pg';
import { DataSource } from 'typeorm';
import { boundedContexts } from '@app/contexts';
import { PostgresEventStore } from '@app/event-store';
import { runMigrations } from '@app/platform';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { databaseSchema } from './database-schema.js';

/**
 * Indexes the migrations create that TypeORM cannot declare. Their entities name them with
 * `@Index(name, { synchronize: false })`, so the schema builder neither drops nor creates them; this
 * list says why each is one, and the test holds the database to the definition given here.
 */
const UNDECLARABLE_INDEXES = [
  {
    name: 'marac_report_hearings_heard_on_idx',
    definition:
      'CREATE INDEX marac_report_hearings_heard_on_idx ON public.marac_report_hearings USING btree (heard_on) INCLUDE (partnership_id, marac_id, as_repeat)',
    reason:
      'INCLUDE columns (TypeORM indexes have key columns only): repeat rates across every MARAC read a period by date alone ' +
      'as an index-only scan, the included columns carrying what the count needs without widening the key.',
  },
];

/** Tables in the database that are not TypeORM's to declare, and why. */
const TABLES_WITHOUT_ENTITIES: Record<string, string> = {
  es_events:
    "the event log: the PostgreSQL event store's own schema (postgres-event-store.schema.ts, applied by PostgresEventStore.migrate), " +
    'written over the pg pool, with a parallel_workers storage parameter TypeORM cannot declare',
  migrations: "TypeORM's own record of the migrations run",
};

/**
 * The entities and the migrations describe the same schema: after every migration has run on a fresh
 * database, a `migration:generate` from the entities would write nothing. A column, table, index,
 * default or check added on one side only fails here.
 */
describe('database schema: entities and migrations agree', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource({ type: 'postgres', url: database.url, ...databaseSchema(boundedContexts), extra: { max: 2 } });
    await dataSource.initialize();
    await runMigrations(dataSource);
    const pool = new pg.Pool({ connectionString: database.url, max: 1 });
    try {
      await PostgresEventStore.migrate(pool);
    } finally {
      await pool.end();
    }
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('generates no migration from the entities', async () => {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('declares every table the migrations create as an entity', async () => {
    const rows: { table_name: string }[] = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const declared = dataSource.entityMetadatas.map((metadata) => metadata.tableName);
    expect(rows.map((row) => row.table_name)).toEqual([...declared, ...Object.keys(TABLES_WITHOUT_ENTITIES)].sort());
  });

  it('leaves unsynchronised only the named exceptions, which the migrations create as named', async () => {
    const unsynchronised = dataSource.entityMetadatas.flatMap((metadata) =>
      metadata.indices.filter((index) => !index.synchronize).map((index) => index.name),
    );
    expect(unsynchronised.sort()).toEqual(UNDECLARABLE_INDEXES.map((index) => index.name).sort());
    for (const index of UNDECLARABLE_INDEXES) {
      expect(index.reason).not.toBe('');
      const rows: { indexdef: string }[] = await dataSource.query(
        `SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND indexname = $1`,
        [index.name],
      );
      expect(rows.map((row) => row.indexdef)).toEqual([index.definition]);
    }
  });

  // The schema builder compares an index's columns as a set; their order decides which queries it serves.
  it('declares each index with its columns in the order the migrations give them', async () => {
    const rows: { index_name: string; columns: string[] }[] = await dataSource.query(
      `SELECT i.relname AS index_name, array_agg(a.attname::text ORDER BY k.ordinality) AS columns
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_namespace n ON n.oid = i.relnamespace AND n.nspname = 'public'
       CROSS JOIN LATERAL unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ordinality)
       JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
       WHERE NOT x.indisprimary AND k.ordinality <= x.indnkeyatts
       GROUP BY i.relname`,
    );
    const inDatabase = new Map(rows.map((row) => [row.index_name, row.columns]));
    const declared = dataSource.entityMetadatas.flatMap((metadata) =>
      metadata.indices
        .filter((index) => index.synchronize)
        .map((index) => [index.name, index.columns.map((column) => column.databaseName)] as const),
    );
    expect(declared.length).toBeGreaterThan(0);
    for (const [name, columns] of declared) expect({ name, columns: inDatabase.get(name) }).toEqual({ name, columns });
  });

  // The schema builder does not compare how a generated column is generated (identity or serial).
  it('declares identity columns as identity, generated as the migrations say', async () => {
    const rows: { table_name: string; column_name: string; identity_generation: string }[] = await dataSource.query(
      `SELECT table_name, column_name, identity_generation FROM information_schema.columns
       WHERE table_schema = 'public' AND is_identity = 'YES' AND table_name <> ALL($1::text[]) ORDER BY table_name, column_name`,
      [Object.keys(TABLES_WITHOUT_ENTITIES)],
    );
    const declared = dataSource.entityMetadatas
      .flatMap((metadata) =>
        metadata.columns
          .filter((column) => column.generationStrategy !== undefined)
          .map((column) => {
            // TypeORM's type for the strategy leaves out the 'identity' it stores for @PrimaryGeneratedColumn('identity').
            const strategy: string | undefined = column.generationStrategy;
            return {
              table_name: metadata.tableName,
              column_name: column.databaseName,
              identity_generation: strategy === 'identity' ? (column.generatedIdentity ?? 'BY DEFAULT') : strategy,
            };
          }),
      )
      .sort((a, b) => `${a.table_name}.${a.column_name}`.localeCompare(`${b.table_name}.${b.column_name}`));
    expect(declared).toEqual(rows);
  });
});
