import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SubjectAccessSources, type SubjectAccessSource } from '@app/access';
import { vsCaseStream } from './vs-common.js';

/** Victim services' part of a subject access export: the cases of the person as the victim. */
@Injectable()
export class VictimServicesSubjectAccessSource implements SubjectAccessSource, OnModuleInit {
  readonly name = 'Victim services';

  constructor(
    private readonly sources: SubjectAccessSources,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.sources.register(this);
  }

  async streamsAbout(personIds: readonly string[]): Promise<string[]> {
    const rows: { case_id: string }[] = await this.dataSource.query(
      'SELECT case_id FROM vs_cases WHERE person_id = ANY($1) ORDER BY case_id',
      [personIds],
    );
    return rows.map((r) => vsCaseStream(r.case_id));
  }
}
