import type { EntityManager } from 'typeorm';

/**
 * Statements a batch runs after its bulk inserts and updates, one by one in the order of the events
 * that asked for them: corrections (an amendment, a void) of rows written by earlier batches. They are
 * rare next to the events they correct, so a statement each costs a rebuild nothing measurable, and
 * running them in event order keeps an amendment and a later void of the same row right.
 */
export class LaterStatements {
  private readonly statements: { sql: string; params: unknown[] }[] = [];

  add(sql: string, params: unknown[]): void {
    this.statements.push({ sql, params });
  }

  async run(manager: EntityManager): Promise<void> {
    for (const { sql, params } of this.statements) await manager.query(sql, params);
  }
}
