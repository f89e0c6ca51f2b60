import { NotFoundError } from '@app/domain';
import { In, type DataSource } from 'typeorm';
import { partnershipsOf, type Caller } from '@app/access';
import { MARAC_NOT_FOUND } from '../application/not-found-messages.js';
import { AgendaMeeting } from './agenda-meeting.entity.js';
import { CaseListEntry } from './case-list-entry.entity.js';

/**
 * A MARAC is known to a partnership once it has a referral or a meeting there. Queries about a MARAC
 * (case lists, reports) answer 404 when none of the caller's partnerships knows it: another
 * partnership's MARAC and a MARAC nobody has used look the same, so existence does not leak.
 * Returns the first of the caller's partnerships holding it (for its settings).
 */
export async function partnershipOfMarac(dataSource: DataSource, caller: Caller, maracId: string): Promise<string> {
  const where = { maracId, partnershipId: In(partnershipsOf(caller)) };
  // A used MARAC nearly always has a case: the meetings are asked only when it has none.
  const holder =
    (await dataSource.getRepository(CaseListEntry).findOne({ select: { caseId: true, partnershipId: true }, where })) ??
    (await dataSource.getRepository(AgendaMeeting).findOne({ select: { meetingId: true, partnershipId: true }, where }));
  if (!holder) throw new NotFoundError(MARAC_NOT_FOUND);
  return holder.partnershipId;
}
