import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { holdCheckpoints } from './checkpoints.js';
import { blankPersonalColumns, entitiesWithPersonalColumns } from './personal-columns.js';
import { ProjectionsService } from './projections.service.js';

/** Longest the erasure waits behind a batch being written (a stalled projection's attempt, a rebuild's swap). */
const LOCK_TIMEOUT_MS = 10_000;

/**
 * Erasure in the read models themselves, not through the projections: blanks every personal column
 * (`@PersonalColumn`) about the subjects in every table of the app, so a projection that is stuck, behind
 * or not running cannot keep a name. It first holds the checkpoints of the projections writing those
 * tables, so a batch already being written (which may have decoded the name before the key was destroyed)
 * commits first and is blanked too.
 */
@Injectable()
export class ReadModelErasure {
  constructor(
    private readonly dataSource: DataSource,
    private readonly projections: ProjectionsService,
  ) {}

  /** The projections that write a table with personal columns. */
  writersOfPersonalColumns(): string[] {
    const tables = new Set(entitiesWithPersonalColumns(this.dataSource.entityMetadatas).map((metadata) => metadata.tableName));
    return this.projections.projections.filter((projection) => projection.tables.some((table) => tables.has(table))).map((p) => p.name);
  }

  async erase(subjectIds: readonly string[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL lock_timeout = ${LOCK_TIMEOUT_MS}`);
      await holdCheckpoints(manager, this.writersOfPersonalColumns());
      await blankPersonalColumns(manager, subjectIds);
    });
  }
}
