import { getMetadataArgsStorage } from 'typeorm';
import { ERASURE_CATEGORY } from '@app/access';
import { personalColumnsOf, personalRowsSubjectOf, type Projection } from '@app/projections';
import { boundedContexts } from './index.js';

/**
 * The personal-data contract every context keeps (ARCHITECTURE.md, "Erasure does not depend on projections"), so that a read model a
 * coming context adds cannot forget erasure: a projection that decrypts personal data stores it in
 * `@PersonalColumn`s (which erasure blanks directly, whatever state the projection is in), or says it reads
 * none (`readsPersonalData: false`, and its events are decoded without decrypting); and every personal
 * column is nullable, names its subject by a column of its own table, and is written by a projection that
 * also applies PersonalDataErased (for a batch decoded before the key went and written after).
 */
const storage = getMetadataArgsStorage();

/** An entity class with its base classes (columns may be declared on a base). */
function lineage(entity: NewableFunction): unknown[] {
  const types: unknown[] = [];
  for (let type: unknown = entity; typeof type === 'function' && type !== Function.prototype; type = Object.getPrototypeOf(type))
    types.push(type);
  return types;
}
const tableOf = (entity: NewableFunction) => storage.tables.find((table) => table.target === entity)?.name;
const columnsOf = (entity: NewableFunction) => storage.columns.filter((column) => lineage(entity).includes(column.target));
const readsPersonalData = (projection: Projection) => projection.readsPersonalData ?? true;

describe.each(boundedContexts.map((context) => [context.name, context] as const))('the personal-data contract of %s', (_name, context) => {
  const personalTables = new Map(
    context.entities.flatMap((entity) =>
      personalColumnsOf(entity).length > 0 || personalRowsSubjectOf(entity) !== null ? [[tableOf(entity), entity] as const] : [],
    ),
  );

  it('has every projection that decrypts personal data store it in personal columns', () => {
    const storingNone = context.projections
      .filter(readsPersonalData)
      .filter((projection) => !projection.tables.some((table) => personalTables.has(table)))
      .map((projection) => projection.name);
    expect(storingNone).toEqual([]);
  });

  it('has every personal column nullable, its subject a column of its table, and its table written by a projection applying erasures', () => {
    for (const [table, entity] of personalTables) {
      const columns = columnsOf(entity);
      const rowSubject = personalRowsSubjectOf(entity);
      if (rowSubject !== null)
        expect([table, rowSubject, columns.some((c) => c.propertyName === rowSubject)]).toEqual([table, rowSubject, true]);
      for (const mark of personalColumnsOf(entity)) {
        const column = columns.find((c) => c.propertyName === mark.property);
        expect([table, mark.property, column?.options.nullable]).toEqual([table, mark.property, true]);
        expect([table, mark.subject, columns.some((c) => c.propertyName === mark.subject)]).toEqual([table, mark.subject, true]);
      }
      const writers = context.projections.filter((projection) => projection.tables.includes(table!));
      expect([table, writers.length]).toEqual([table, 1]);
      expect([table, readsPersonalData(writers[0]), writers[0].filter.categories ?? []]).toEqual([
        table,
        true,
        expect.arrayContaining([ERASURE_CATEGORY]),
      ]);
    }
  });
});

describe('the personal-data contract', () => {
  it('finds the personal columns it checks (MARAC: the victim name on the case list)', () => {
    const marac = boundedContexts.find((context) => context.name === 'marac')!;
    const marked = marac.entities.flatMap((entity) => personalColumnsOf(entity).map((mark) => `${tableOf(entity)}.${mark.property}`));
    expect(marked).toEqual(['marac_case_list.victimName']);
  });
});
