import { Query } from '@nestjs/cqrs';
import type { SharingPurpose } from '../domain/index.js';

/**
 * System query for a context's record reads: what the audit entry says the record was read on (`basisOfRead`) for
 * the purpose: each agency recorded for the person, and the partnership's default for every other agency.
 */
export class BasisOfReadQuery extends Query<string> {
  constructor(readonly input: { partnershipId: string; personId: string; purpose: SharingPurpose }) {
    super();
  }
}
