import { Inject } from '@nestjs/common';
import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { basisOfRead, CanonicalPersonIdsQuery } from '@app/people';
import { assertCallerRole, noteAudit } from '@app/access';
import { correctionHistory, isVoided } from '@app/domain';
import { EVENT_STORE, EventCodec, type EventStore } from '@app/event-store';
import { chasesActions, isActionOverdue, maracCaseDecider, type CaseReferred, type MaracCaseEvent } from '../../domain/index.js';
import { agencySharingOf } from '../agency-sharing.js';
import { admitCase, caseStream } from '../case-command.js';
import { GetCaseQuery, type CaseDetails } from './get-case.query.js';

/**
 * One case read from its stream (always current, with the revision as ETag), for coordinators: the
 * victim's name, the actions' and incidents' descriptions, the closing note and the corrections' reasons come
 * from the events' personal-data envelopes (null once erased). Its people read as the people they are now
 * (a victim's record merged into another answers the canonical person id). It shows how each agency stands for
 * sharing the victim's information, and the audit entry says on what basis the record was read.
 */
@QueryHandler(GetCaseQuery)
export class GetCaseHandler implements IQueryHandler<GetCaseQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly codec: EventCodec,
    private readonly queryBus: QueryBus,
  ) {}

  async execute({ caller, input: { caseId, asOf } }: GetCaseQuery): Promise<CaseDetails> {
    assertCallerRole(caller, 'coordinator');
    const history = await this.codec.decode<MaracCaseEvent>(await this.store.readStream(caseStream(caseId)));
    const state = admitCase(
      caller,
      history.reduce((s, e) => maracCaseDecider.evolve(s, e.event), maracCaseDecider.initialState()),
    );
    const sharing = await agencySharingOf(this.queryBus, state);
    noteAudit({ sharingBasis: basisOfRead(sharing) });
    const referral = history.find((e) => e.event.type === 'CaseReferred')?.event as CaseReferred;
    const canonical = await this.queryBus.execute(
      new CanonicalPersonIdsQuery({ partnershipId: state.partnershipId, personIds: [state.victimPersonId, ...state.perpetratorPersonIds] }),
    );
    const descriptions = new Map<string, string | null>();
    const incidentDescriptions = new Map<string, string | null>();
    let closureNote: string | null = null;
    for (const { event } of history) {
      if (event.type === 'AgencyActionAdded') descriptions.set(event.data.actionId, event.data.description.personal?.text ?? null);
      if (event.type === 'FurtherIncidentReported')
        incidentDescriptions.set(event.data.incidentId, event.data.description.personal?.text ?? null);
      if (event.type === 'CaseClosed') closureNote = event.data.note?.personal?.text ?? null;
      if (event.type === 'CaseReopened') closureNote = null;
      if (event.type === 'MaracRecordAmended' && event.data.recordKind === 'agency-action' && event.data.amended.description) {
        descriptions.set(event.data.recordId, event.data.amended.description.personal?.text ?? null);
      }
    }
    return {
      ...state,
      victimPersonId: canonical[state.victimPersonId],
      perpetratorPersonIds: state.perpetratorPersonIds.map((id) => canonical[id]),
      revision: history.length - 1,
      victimName: referral.data.victim.details.personal?.fullName ?? null,
      voided: isVoided(state),
      corrections: correctionHistory(
        history.map((e) => e.event),
        { amended: 'MaracRecordAmended', voided: 'MaracRecordVoided' },
      ),
      actions: state.actions.map((action) => ({
        ...action,
        overdue: chasesActions(state) && isActionOverdue(action, asOf),
        description: descriptions.get(action.actionId) ?? null,
      })),
      incidents: state.incidents.map((incident) => ({ ...incident, description: incidentDescriptions.get(incident.incidentId) ?? null })),
      closureNote: state.status === 'closed' ? closureNote : null,
      sharing,
    };
  }
}
