import { accessEntities, accessMigrations } from '@app/access';
import { httpEntities, httpMigrations } from '@app/http';
import { kitEntities, kitMigrations, type BoundedContext } from '@app/kit';
import { projectionsEntities, projectionsMigrations } from '@app/projections';

/**
 * Every TypeORM entity and migration of the product: the platform's, the kit's, access control's and each bounded
 * context's. The app's data source is built from it, and the schema-drift test holds the entities to
 * what the migrations create.
 */
export function databaseSchema(contexts: readonly BoundedContext[]): { entities: NewableFunction[]; migrations: NewableFunction[] } {
  return {
    entities: [...projectionsEntities, ...kitEntities, ...httpEntities, ...accessEntities, ...contexts.flatMap((c) => c.entities)],
    migrations: [
      ...projectionsMigrations,
      ...kitMigrations,
      ...httpMigrations,
      ...accessMigrations,
      ...contexts.flatMap((c) => c.migrations),
    ],
  };
}
