import { CallerQuery } from '@app/access';
import type { CaseListFilter, CaseListPage } from '../../read-models/case-list.reader.js';

/**
 * A coordinator's case list for one MARAC, filtered and paged (names victims: coordinators of its partnership
 * only); `personId`: one victim's cases, across every record merged into their person (404 for a person
 * outside the caller's partnerships, as for none).
 */
export class ListCasesQuery extends CallerQuery<
  { maracId: string; filter: Omit<CaseListFilter, 'victimPersonIds'> & { personId?: string } },
  CaseListPage
> {}
