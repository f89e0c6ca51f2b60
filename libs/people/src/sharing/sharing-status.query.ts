import { Query } from '@nestjs/cqrs';
import type { SharingPurpose } from './sharing-codes.js';
import type { SharingStatusView } from './sharing-views.js';

/**
 * System query for the contexts (MARAC asks it before an agency takes an action, and for the case record):
 * how each agency stands for the purpose with the person, read from the person's and the partnership's
 * streams (never a lagging read model), in the order asked, each with those streams at the revisions read
 * (`streamsRead`): a command that acts on the answer appends on condition they are unchanged. The person id is the
 * canonical one.
 */
export class SharingStatusQuery extends Query<SharingStatusView[]> {
  constructor(readonly input: { partnershipId: string; personId: string; purpose: SharingPurpose; agencies: readonly string[] }) {
    super();
  }
}
