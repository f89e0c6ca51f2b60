import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SubjectAccessSources, type SubjectAccessSource } from '@app/access';
import { streamName } from '@app/event-store';
import { IOM_OFFENDER_STREAM_CATEGORY } from '../domain/index.js';

/** IOM's part of a subject access export: the person's offender records on every cohort. */
@Injectable()
export class IomSubjectAccessSource implements SubjectAccessSource, OnModuleInit {
  readonly name = 'IOM';

  constructor(
    private readonly sources: SubjectAccessSources,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.sources.register(this);
  }

  async streamsAbout(personIds: readonly string[]): Promise<string[]> {
    const rows: { offender_id: string }[] = await this.dataSource.query(
      'SELECT offender_id FROM iom_members WHERE person_id = ANY($1) ORDER BY offender_id',
      [personIds],
    );
    return rows.map((r) => streamName(IOM_OFFENDER_STREAM_CATEGORY, r.offender_id));
  }
}
