import { Column, type ColumnOptions, type EntityManager, type EntityMetadata } from 'typeorm';

export interface PersonalColumnOptions {
  /** The property of the same entity holding the id of the data subject the value is about (whose key encrypts it in the log). */
  subject: string;
  /** The column's database name (by default the property's). */
  name?: string;
  /** Its type (text by default). */
  type?: ColumnOptions['type'];
}

export interface PersonalColumnMark {
  property: string;
  subject: string;
}

const marksByEntity = new Map<object, PersonalColumnMark[]>();
const rowSubjectByEntity = new Map<object, string>();

/**
 * A read-model column holding a data subject's personal data (a name, an address, free text): a nullable
 * TypeORM column that erasure blanks for the subject named in `subject`, directly in the table
 * (`blankPersonalColumns`), so no projection has to reach PersonalDataErased first. A rebuild reproduces
 * the blank because the subject's key is gone. Every column a projection fills with decrypted personal
 * data is one of these; libs/contexts' personal-data contract test holds every context to it.
 */
export function PersonalColumn(options: PersonalColumnOptions): PropertyDecorator {
  const column = Column({ type: options.type ?? 'text', name: options.name, nullable: true });
  return (target, propertyKey) => {
    column(target, propertyKey);
    const entity = target.constructor;
    marksByEntity.set(entity, [...(marksByEntity.get(entity) ?? []), { property: String(propertyKey), subject: options.subject }]);
  };
}

/**
 * A read-model table whose every row is a data subject's personal data (the people search index: each row a
 * keyed token of the person's name, date of birth or postcode): erasure deletes the subject's rows directly
 * (`blankPersonalColumns`), as it blanks personal columns. `subject` is the property holding the subject's id.
 */
export function PersonalRows(options: { subject: string }): ClassDecorator {
  return (target) => {
    rowSubjectByEntity.set(target, options.subject);
  };
}

/** The subject property of an entity whose rows are personal data (`@PersonalRows`), or null. */
export function personalRowsSubjectOf(entity: unknown): string | null {
  return (typeof entity === 'function' && rowSubjectByEntity.get(entity)) || null;
}

/** The personal columns of an entity class, its base classes' included. */
export function personalColumnsOf(entity: unknown): PersonalColumnMark[] {
  const marks: PersonalColumnMark[] = [];
  for (let type = entity; typeof type === 'function' && type !== Function.prototype; type = Object.getPrototypeOf(type) as unknown)
    marks.push(...(marksByEntity.get(type) ?? []));
  return marks;
}

/** The data source's entities with personal columns or personal rows. */
export function entitiesWithPersonalColumns(entities: readonly EntityMetadata[]): EntityMetadata[] {
  return entities.filter((metadata) => personalColumnsOf(metadata.target).length > 0 || personalRowsSubjectOf(metadata.target) !== null);
}

/**
 * Sets every personal column about these subjects to null, in every table of the data source with one (or
 * only those of `entities`): one UPDATE per table and subject column, touching only rows that still hold
 * something; and deletes their rows of tables of personal rows. Idempotent.
 */
export async function blankPersonalColumns(
  manager: EntityManager,
  subjectIds: readonly string[],
  entities?: readonly NewableFunction[],
): Promise<void> {
  if (subjectIds.length === 0) return;
  for (const metadata of entitiesWithPersonalColumns(manager.connection.entityMetadatas)) {
    if (entities && !entities.includes(metadata.target as NewableFunction)) continue;
    const rowSubject = personalRowsSubjectOf(metadata.target);
    if (rowSubject !== null) {
      const subjectColumn = metadata.findColumnWithPropertyName(rowSubject);
      if (!subjectColumn) throw new Error(`${metadata.name}.${rowSubject} is not a column (named by @PersonalRows)`);
      await manager
        .createQueryBuilder()
        .delete()
        .from(metadata.target)
        .where(`${subjectColumn.databaseName} = ANY(:subjectIds)`, { subjectIds: [...subjectIds] })
        .execute();
    }
    const bySubject = new Map<string, PersonalColumnMark[]>();
    for (const mark of personalColumnsOf(metadata.target)) bySubject.set(mark.subject, [...(bySubject.get(mark.subject) ?? []), mark]);
    for (const [subject, marks] of bySubject) {
      const column = (property: string) => {
        const found = metadata.findColumnWithPropertyName(property);
        if (!found) throw new Error(`${metadata.name}.${property} is not a column (named by @PersonalColumn)`);
        return found.databaseName;
      };
      await manager
        .createQueryBuilder()
        .update(metadata.target)
        .set(Object.fromEntries(marks.map((mark) => [mark.property, null])))
        .where(`${column(subject)} = ANY(:subjectIds)`, { subjectIds: [...subjectIds] })
        .andWhere(`(${marks.map((mark) => `${column(mark.property)} IS NOT NULL`).join(' OR ')})`)
        .execute();
    }
  }
}
