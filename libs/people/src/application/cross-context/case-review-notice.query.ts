import { Query } from '@nestjs/cqrs';

/** A victim told of their right to an ASB Case Review, as the casework context recorded it (the victim as the person their record reads as now, merges followed). */
export interface CaseReviewNoticeRecord {
  caseId: string;
  victimPersonId: string;
  toldOn: string;
}

/**
 * System query between contexts, answered by victim services: the notice of the right to a Case Review
 * recorded on one of the partnership's victim-service cases, or null when there is no such case of that
 * partnership or no notice on it. Case Review asks it when an application follows a notice, so the
 * two contexts meet here and never import each other.
 */
export class CaseReviewNoticeQuery extends Query<CaseReviewNoticeRecord | null> {
  constructor(readonly input: { partnershipId: string; caseId: string }) {
    super();
  }
}
