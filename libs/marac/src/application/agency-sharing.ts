import type { QueryBus } from '@nestjs/cqrs';
import { IllegalStateError } from '@app/domain';
import type { ReadElsewhere } from '@app/event-store';
import { CanonicalPersonIdsQuery, noStandingMessage, SharingStatusQuery, type SharingStatusView } from '@app/people';
import { MARAC_AGENCIES, type ReferredCase } from '../domain/index.js';

/** How each MARAC agency stands for sharing the victim's information for MARAC (consent, a basis, the default, none). */
export async function agencySharingOf(
  queryBus: QueryBus,
  state: ReferredCase,
  agencies: readonly string[] = MARAC_AGENCIES,
): Promise<SharingStatusView[]> {
  const canonical = await queryBus.execute(
    new CanonicalPersonIdsQuery({ partnershipId: state.partnershipId, personIds: [state.victimPersonId] }),
  );
  return queryBus.execute(
    new SharingStatusQuery({ partnershipId: state.partnershipId, personId: canonical[state.victimPersonId], purpose: 'marac', agencies }),
  );
}

/**
 * Before an agency is given an action on a case (or an action is moved to it): the victim's information may be
 * shared with that agency for MARAC, on consent or a lawful basis (the victim's own, or the partnership's
 * default); otherwise 409 naming the agency. Read by the case command on the case as it decides (after the case is
 * admitted, so another partnership's is a 404), on every attempt: the case's append then requires the streams the
 * standing was read from unchanged, so a consent withdrawn (or a default cleared) in between makes the command
 * read it again and refuse. An action the case already gives that agency is not asked about again: a retried
 * command (same id, so the same action id) then replays its first answer, even after a refusal recorded since,
 * as every retry does.
 */
export function requireAgencyMayShare(
  queryBus: QueryBus,
  agency: string,
  actionId: string,
): (state: ReferredCase) => Promise<ReadElsewhere<undefined>> {
  return async (state) => {
    if (state.actions.some((action) => action.actionId === actionId && action.agency === agency)) return { value: undefined, streams: [] };
    const [status] = await agencySharingOf(queryBus, state, [agency]);
    if (status.standing === 'none') throw new IllegalStateError(noStandingMessage(agency, 'marac'));
    return { value: undefined, streams: status.streamsRead };
  };
}
