import type { EntityManager } from 'typeorm';

/** One write of a batch, run on the batch's transaction (a repository call: named, typed by the entity). */
export type LaterStatement = (manager: EntityManager) => Promise<unknown>;

/**
 * Writes a batch runs after its bulk inserts and updates, one by one in the order of the events that
 * asked for them: corrections (an amendment, a void) of rows written by earlier batches. They are rare
 * next to the events they correct, so a statement each costs a rebuild nothing measurable, and running
 * them in event order keeps an amendment and a later void of the same row right.
 */
export class LaterStatements {
  private readonly statements: LaterStatement[] = [];

  add(statement: LaterStatement): void {
    this.statements.push(statement);
  }

  async run(manager: EntityManager): Promise<void> {
    for (const statement of this.statements) await statement(manager);
  }
}

/** The fields of a partial update that are set (an amendment names only the fields it changes). */
export function setFields<Fields extends object>(fields: Fields): Partial<Fields> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<Fields>;
}
