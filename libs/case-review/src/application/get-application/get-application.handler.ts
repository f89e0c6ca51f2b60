import { Inject } from '@nestjs/common';
import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerRole, noteAudit } from '@app/access';
import { EVENT_STORE, EventCodec, type EventStore } from '@app/event-store';
import { BasisOfReadQuery } from '@app/people';
import { caseReviewApplicationDecider, type CaseReviewApplicationEvent } from '../../domain/index.js';
import { bodyLabel } from '../../read-models/case-review.projection.js';
import { admitApplication, applicationStream } from '../application-command.js';
import { SPOC_ROLE } from '../case-review-access.js';
import { GetApplicationQuery, type ApplicationDetails } from './get-application.query.js';

/**
 * One application from its stream (always current), with its free text decrypted for the single point of contact.
 * The audit entry says on what basis it was read: the standing for the Case Review of the victim (and of the
 * applicant, when someone applied on their behalf).
 */
@QueryHandler(GetApplicationQuery)
export class GetApplicationHandler implements IQueryHandler<GetApplicationQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly codec: EventCodec,
    private readonly queryBus: QueryBus,
  ) {}

  async execute({ caller, input }: GetApplicationQuery): Promise<ApplicationDetails> {
    assertCallerRole(caller, SPOC_ROLE);
    const history = await this.codec.decode<CaseReviewApplicationEvent>(
      await this.store.readStream(applicationStream(input.applicationId)),
    );
    const state = admitApplication(
      caller,
      history.reduce((s, e) => caseReviewApplicationDecider.evolve(s, e.event), caseReviewApplicationDecider.initialState()),
    );
    const personIds = [state.victimPersonId, state.applicantPersonId];
    noteAudit({
      sharingBasis: await this.queryBus.execute(
        new BasisOfReadQuery({ partnershipId: state.partnershipId, personIds, purpose: 'case-review' }),
      ),
    });
    const details: ApplicationDetails = {
      applicationId: state.applicationId,
      partnershipId: state.partnershipId,
      receivedOn: state.receivedOn,
      channel: '',
      applicantPersonId: state.applicantPersonId,
      victimPersonId: state.victimPersonId,
      onBehalfOfVictim: state.applicantPersonId !== state.victimPersonId,
      behaviourTypes: state.behaviourTypes,
      description: null,
      complaints: [],
      bodiesNotified: [],
      stage: state.stage,
      dueOn: state.dueOn,
      threshold: null,
      recommendations: [],
      stages: [],
      outcomeSentOn: state.outcomeSentOn,
      escalation: null,
      revision: history.length - 1,
    };
    for (const { event } of history) {
      switch (event.type) {
        case 'CaseReviewApplicationReceived':
          details.channel = event.data.channel;
          details.description = event.data.description.personal?.text ?? null;
          details.bodiesNotified = event.data.bodiesNotified.map(bodyLabel);
          details.complaints = event.data.complaints.map((c) => ({
            madeOn: c.madeOn,
            body: bodyLabel(c),
            behaviourDates: c.behaviourDates,
            reference: c.reference,
            qualifies: null,
            verdict: null,
          }));
          break;
        case 'CaseReviewApplicationAcknowledged':
          details.stages.push({ stage: 'acknowledge', doneOn: event.data.acknowledgedOn, ...event.data.timing });
          break;
        case 'CaseReviewThresholdDecided':
          details.stages.push({ stage: 'decide', doneOn: event.data.decidedOn, ...event.data.timing });
          details.threshold = {
            qualifyingComplaints: event.data.qualifyingComplaints,
            required: event.data.required,
            met: event.data.met,
            discretionaryReview: event.data.discretionaryReview,
            reason: event.data.reason?.personal?.text ?? null,
          };
          event.data.verdicts.forEach((verdict, index) => {
            const complaint = details.complaints[index];
            if (complaint) Object.assign(complaint, { qualifies: verdict.qualifies, verdict: verdict.reason });
          });
          break;
        case 'CaseReviewHeld':
          details.stages.push({ stage: 'review', doneOn: event.data.heldOn, ...event.data.timing });
          details.recommendations = event.data.recommendations.map((r) => ({
            recommendationId: r.recommendationId,
            body: bodyLabel(r),
            action: r.action.personal?.text ?? null,
            dueOn: r.dueOn,
            completed: null,
          }));
          break;
        case 'CaseReviewRecommendationCompleted': {
          const recommendation = details.recommendations.find((r) => r.recommendationId === event.data.recommendationId);
          if (recommendation) recommendation.completed = event.data.completed;
          break;
        }
        case 'CaseReviewOutcomeSent':
          details.stages.push({ stage: 'outcome', doneOn: event.data.sentOn, ...event.data.timing });
          break;
        case 'CaseReviewEscalationRequested':
          details.escalation = { requestedOn: event.data.requestedOn, grounds: event.data.grounds, decidedOn: null, outcome: null };
          break;
        case 'CaseReviewEscalationDecided':
          if (details.escalation) Object.assign(details.escalation, { decidedOn: event.data.decidedOn, outcome: event.data.outcome });
          break;
        default:
          break;
      }
    }
    return details;
  }
}
