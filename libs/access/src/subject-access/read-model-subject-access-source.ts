import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, In, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import { SubjectAccessSources, type SubjectAccessSource } from './subject-access-sources.js';

/**
 * A context's part of a subject access export found in one of its read models (a TypeORM entity): the rows
 * naming any of the person's records in one of `personColumns`, each row's stream, once. It registers itself
 * when its module starts, so a context only says which table, which columns and which stream.
 */
@Injectable()
export abstract class ReadModelSubjectAccessSource<Row extends ObjectLiteral> implements SubjectAccessSource, OnModuleInit {
  abstract readonly name: string;
  protected abstract readonly entity: EntityTarget<Row>;
  /** The entity's properties that hold a person record id. */
  protected abstract readonly personColumns: readonly (keyof Row & string)[];
  protected abstract streamOf(row: Row): string;

  constructor(
    private readonly sources: SubjectAccessSources,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.sources.register(this);
  }

  async streamsAbout(personIds: readonly string[]): Promise<string[]> {
    const where = this.personColumns.map((column) => ({ [column]: In([...personIds]) }) as FindOptionsWhere<Row>);
    const rows = await this.dataSource.getRepository(this.entity).find({ where });
    return [...new Set(rows.map((row) => this.streamOf(row)))].sort();
  }
}
