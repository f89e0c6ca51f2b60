import { NotFoundError } from '@app/domain';
import type { DataSource } from 'typeorm';
import { partnershipsOf, type Caller } from '@app/access';
import { MARAC_NOT_FOUND } from '../application/not-found-messages.js';

/**
 * A MARAC is known to a partnership once it has a referral or a meeting there. Queries about a MARAC
 * (case lists, reports) answer 404 when none of the caller's partnerships knows it: another
 * partnership's MARAC and a MARAC nobody has used look the same, so existence does not leak.
 * Returns the first of the caller's partnerships holding it (for its settings).
 */
export async function partnershipOfMarac(dataSource: DataSource, caller: Caller, maracId: string): Promise<string> {
  const rows: { partnership_id: string }[] = await dataSource.query(
    `(SELECT partnership_id FROM marac_case_list WHERE marac_id = $1 AND partnership_id = ANY($2::text[]) LIMIT 1)
     UNION ALL
     (SELECT partnership_id FROM marac_meetings WHERE marac_id = $1 AND partnership_id = ANY($2::text[]) LIMIT 1)
     LIMIT 1`,
    [maracId, partnershipsOf(caller)],
  );
  if (rows.length === 0) throw new NotFoundError(MARAC_NOT_FOUND);
  return rows[0].partnership_id;
}
