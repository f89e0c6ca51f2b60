import { Injectable } from '@nestjs/common';
import { ReadModelSubjectAccessSource } from '@app/access';
import { streamName } from '@app/event-store';
import { CASE_REVIEW_STREAM_CATEGORY } from '../domain/index.js';
import { CaseReviewApplicationRow } from '../read-models/case-review-application-row.entity.js';

/** The ASB Case Review's part of a subject access export: the applications naming the person (applicant or victim). */
@Injectable()
export class CaseReviewSubjectAccessSource extends ReadModelSubjectAccessSource<CaseReviewApplicationRow> {
  readonly name = 'ASB Case Review';
  protected readonly entity = CaseReviewApplicationRow;
  protected readonly personColumns = ['applicantPersonId', 'victimPersonId'] as const;

  protected streamOf(row: CaseReviewApplicationRow): string {
    return streamName(CASE_REVIEW_STREAM_CATEGORY, row.applicationId);
  }
}
