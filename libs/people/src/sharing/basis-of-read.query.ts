import { Query } from '@nestjs/cqrs';
import type { SharingPurpose } from './sharing-codes.js';

/**
 * System query for a context's record reads: what the audit entry says the record was read on (`basisOfRead`) for
 * the purpose: each agency recorded for the people the record (or list) is about, and the partnership's default
 * for every other agency. A list of records asks once for all the people in it.
 */
export class BasisOfReadQuery extends Query<string> {
  constructor(readonly input: { partnershipId: string; personIds: readonly string[]; purpose: SharingPurpose }) {
    super();
  }
}
