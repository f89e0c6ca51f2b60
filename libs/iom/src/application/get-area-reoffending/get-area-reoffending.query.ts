import { CallerQuery } from '@app/access';
import type { Period } from '@app/periods';
import type { AreaReoffendingReport } from '../../read-models/iom-area-reoffending.views.js';

/** The monthly count of reoffending individuals per area of a partnership (IOM leads exact; analysts whole periods, suppressed). */
export class GetAreaReoffendingQuery extends CallerQuery<{ partnershipId: string; period: Period }, AreaReoffendingReport> {}
