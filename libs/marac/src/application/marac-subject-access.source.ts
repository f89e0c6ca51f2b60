import { Injectable } from '@nestjs/common';
import { ReadModelSubjectAccessSource } from '@app/access';
import { streamName } from '@app/event-store';
import { MARAC_CASE_STREAM_CATEGORY, MARAC_VICTIM_STREAM_CATEGORY } from '../domain/index.js';
import { CaseSubject } from '../read-models/case-subject.entity.js';

/** MARAC's part of a subject access export: every case naming the person (victim or perpetrator) and their victim history. */
@Injectable()
export class MaracSubjectAccessSource extends ReadModelSubjectAccessSource<CaseSubject> {
  readonly name = 'MARAC';
  protected readonly entity = CaseSubject;
  protected readonly personColumns = ['subjectId'] as const;

  protected streamOf(row: CaseSubject): string {
    return streamName(MARAC_CASE_STREAM_CATEGORY, row.caseId);
  }

  override async streamsAbout(personIds: readonly string[]): Promise<string[]> {
    return [...personIds.map((id) => streamName(MARAC_VICTIM_STREAM_CATEGORY, id)), ...(await super.streamsAbout(personIds))];
  }
}
