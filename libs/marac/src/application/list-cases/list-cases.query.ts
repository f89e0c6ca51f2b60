import { CallerQuery } from '@app/access';
import type { CaseListFilter, CaseListPage } from '../../read-models/case-list.reader.js';

/** A coordinator's case list for one MARAC, filtered and paged (names victims: coordinators of its partnership only). */
export class ListCasesQuery extends CallerQuery<{ maracId: string; filter: CaseListFilter }, CaseListPage> {}
