import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SubjectAccessSources, type SubjectAccessSource } from '@app/access';
import { streamName } from '@app/event-store';
import { CASE_REVIEW_STREAM_CATEGORY } from '../domain/index.js';

/** The ASB Case Review's part of a subject access export: the applications naming the person (applicant or victim). */
@Injectable()
export class CaseReviewSubjectAccessSource implements SubjectAccessSource, OnModuleInit {
  readonly name = 'ASB Case Review';

  constructor(
    private readonly sources: SubjectAccessSources,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.sources.register(this);
  }

  async streamsAbout(personIds: readonly string[]): Promise<string[]> {
    const rows: { application_id: string }[] = await this.dataSource.query(
      `SELECT application_id FROM case_review_applications
       WHERE applicant_person_id = ANY($1) OR victim_person_id = ANY($1) ORDER BY application_id`,
      [personIds],
    );
    return rows.map((r) => streamName(CASE_REVIEW_STREAM_CATEGORY, r.application_id));
  }
}
