import type { QueryBus } from '@nestjs/cqrs';
import { assertCallerRole, type Caller } from '@app/access';
import { IllegalStateError } from '@app/domain';
import type { CommandExecutor } from '@app/event-store';
import { CanonicalPersonIdsQuery, noStandingMessage, SharingStatusQuery, type SharingStatusView } from '@app/people';
import { MARAC_AGENCIES, maracCaseDecider, type ReferredCase } from '../domain/index.js';
import { admitCase, caseStream } from './case-command.js';

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
 * default); otherwise 409 naming the agency. The case is admitted first, so another partnership's is a 404.
 * An action the case already gives that agency is not asked about again: a retried command (same id, so the
 * same action id) then replays its first answer, even after a refusal recorded since, as every retry does.
 */
export async function requireAgencyMayShare(
  executor: CommandExecutor,
  queryBus: QueryBus,
  caller: Caller,
  caseId: string,
  agency: string,
  actionId: string,
): Promise<void> {
  assertCallerRole(caller, 'coordinator');
  const { state } = await executor.load(caseStream(caseId), maracCaseDecider);
  const admitted = admitCase(caller, state);
  if (admitted.actions.some((action) => action.actionId === actionId && action.agency === agency)) return;
  const [status] = await agencySharingOf(queryBus, admitted, [agency]);
  if (status.standing === 'none') throw new IllegalStateError(noStandingMessage(agency, 'marac'));
}
