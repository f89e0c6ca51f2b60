import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SubjectAccessSources, type SubjectAccessSource } from '@app/access';
import { streamName } from '@app/event-store';
import { MARAC_CASE_STREAM_CATEGORY, MARAC_VICTIM_STREAM_CATEGORY } from '../domain/index.js';

/** MARAC's part of a subject access export: every case naming the person (victim or perpetrator) and their victim history. */
@Injectable()
export class MaracSubjectAccessSource implements SubjectAccessSource, OnModuleInit {
  readonly name = 'MARAC';

  constructor(
    private readonly sources: SubjectAccessSources,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.sources.register(this);
  }

  async streamsAbout(personIds: readonly string[]): Promise<string[]> {
    const rows: { case_id: string }[] = await this.dataSource.query(
      'SELECT DISTINCT case_id FROM marac_case_subjects WHERE subject_id = ANY($1) ORDER BY case_id',
      [personIds],
    );
    return [
      ...personIds.map((id) => streamName(MARAC_VICTIM_STREAM_CATEGORY, id)),
      ...rows.map((r) => streamName(MARAC_CASE_STREAM_CATEGORY, r.case_id)),
    ];
  }
}
