import { CallerQuery } from '@app/access';
import type { MaracList } from '../../read-models/marac-panels.reader.js';

/** The MARACs registered in the caller's partnerships. */
export class ListMaracsQuery extends CallerQuery<Record<string, never>, MaracList> {}
