import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventCodec, type EventStore } from '@app/event-store';
import {
  isActionOverdue,
  maracCaseDecider,
  type CaseReferred,
  type MaracCaseEvent,
  type ReferredCase,
} from '../domain/index.js';
import { assertCallerRole, type Caller } from './caller.js';
import { admitCase, caseStream } from './case-command.js';

export interface CaseDetails extends Omit<ReferredCase, 'actions'> {
  revision: number;
  /** From the referral's PersonalData envelope: null once the victim's personal data is erased. */
  victimName: string | null;
  actions: (ReferredCase['actions'][number] & { overdue: boolean; description: string | null })[];
}

/**
 * One case read from its stream (always current, with the revision as ETag), for coordinators: the
 * victim's name and the actions' descriptions come from the events' personal-data envelopes.
 */
@Injectable()
export class GetCaseQuery {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly codec: EventCodec,
  ) {}

  async execute(caller: Caller, caseId: string, asOf: string): Promise<CaseDetails> {
    assertCallerRole(caller, 'coordinator');
    const history = await this.codec.decode<MaracCaseEvent>(await this.store.readStream(caseStream(caseId)));
    const state = admitCase(caller, history.reduce((s, e) => maracCaseDecider.evolve(s, e.event), maracCaseDecider.initialState()));
    const referral = history.find((e) => e.event.type === 'CaseReferred')?.event as CaseReferred;
    const descriptions = new Map<string, string | null>();
    for (const { event } of history) {
      if (event.type === 'AgencyActionAdded') descriptions.set(event.data.actionId, event.data.description.personal?.text ?? null);
    }
    return {
      ...state,
      revision: history.length - 1,
      victimName: referral.data.victim.details.personal?.fullName ?? null,
      actions: state.actions.map((action) => ({
        ...action,
        overdue: isActionOverdue(action, asOf),
        description: descriptions.get(action.actionId) ?? null,
      })),
    };
  }
}
