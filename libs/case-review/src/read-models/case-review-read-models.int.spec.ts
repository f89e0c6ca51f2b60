import { CommandExecutor, streamName } from '@app/event-store';
import { rebuildProjection } from '@app/projections';
import {
  decidingOn,
  openTestPlatform,
  runProjectionLive,
  type TestPlatform,
  type WithoutToday,
  numberedCommandContexts,
  readTables,
} from '@app/testing';
import { caseReviewContext } from '../case-review.context.js';
import {
  CASE_REVIEW_STREAM_CATEGORY,
  caseReviewApplicationDecider,
  caseReviewEventTypes,
  DEFAULT_CASE_REVIEW_SETTINGS,
  type CaseReviewApplicationCommand,
  type CaseReviewApplicationEvent,
  type Complaint,
} from '../domain/index.js';
import { caseReviewProjection } from './case-review.projection.js';
import { CaseReviewFiguresReader } from './case-review-figures.reader.js';

/**
 * The Case Review projection against a real PostgreSQL: a live runner applying small batches (an
 * application's events split across batches) and a rebuild applying the whole log in one batch give the same
 * rows, and the figures read from them count each event by its own date.
 */
const TABLES: Record<string, string> = {
  case_review_applications: 'application_id',
  case_review_stages: 'application_id, revision',
  case_review_recommendations: 'application_id, recommendation_id',
};

describe('Case Review read models', () => {
  let platform: TestPlatform;
  let executor: CommandExecutor;

  const context = numberedCommandContexts({ actor: 'int-test', occurredAt: '2026-01-01T00:00:00Z', partnershipId: 'csp-int' });
  const decider = decidingOn(caseReviewApplicationDecider, '2026-12-31');
  const on = (applicationId: string, command: WithoutToday<CaseReviewApplicationCommand>) =>
    executor.handle(
      streamName(CASE_REVIEW_STREAM_CATEGORY, applicationId),
      caseReviewApplicationDecider,
      (s) => decider.decide(command, s),
      {
        context: context(),
      },
    );
  const complaint = (madeOn: string): Complaint => ({ madeOn, body: 'police', bodyName: null, behaviourDates: [madeOn], reference: null });
  const receive = (applicationId: string, receivedOn: string, complaints: Complaint[]) =>
    on(applicationId, {
      type: 'ReceiveApplication',
      applicationId,
      partnershipId: 'csp-int',
      receivedOn,
      channel: 'phone',
      applicantPersonId: `p-${applicationId}`,
      victimPersonId: `p-${applicationId}`,
      onBehalfOfVictim: false,
      victimConsentRecorded: false,
      behaviourTypes: ['noise'],
      description: 'Noise',
      complaints,
      alsoNotified: [{ body: 'council', bodyName: null }],
      procedure: DEFAULT_CASE_REVIEW_SETTINGS,
    });
  const snapshot = () => readTables(platform.dataSource, TABLES);

  beforeAll(async () => {
    platform = await openTestPlatform({
      entities: [...caseReviewContext.entities],
      migrations: [...caseReviewContext.migrations],
      eventTypes: caseReviewEventTypes,
    });
    executor = new CommandExecutor(platform.store, platform.codec);
  });
  afterAll(async () => {
    await platform?.dispose();
  });

  it('gives the same rows live in small batches and rebuilt in one, and counts each figure by its own date', async () => {
    await receive('a1', '2025-03-03', [complaint('2025-01-06'), complaint('2025-02-03'), complaint('2025-02-24')]);
    await on('a1', { type: 'AcknowledgeApplication', acknowledgedOn: '2025-03-20' }); // late: due 17 March
    await on('a1', { type: 'DecideThreshold', decidedOn: '2025-03-25', discretionaryReview: null });
    await on('a1', {
      type: 'RecordReview',
      heldOn: '2025-04-08',
      bodiesPresent: [{ body: 'police', bodyName: null }],
      chair: 'Independent chair',
      chairIndependent: true,
      victimConsulted: true,
      recommendations: [{ recommendationId: 'r1', body: 'police', bodyName: null, action: 'Patrols', dueOn: '2025-05-01' }],
    });
    await on('a1', { type: 'RecordRecommendationOutcome', recommendationId: 'r1', recordedOn: '2025-04-28', completed: false });
    await on('a1', { type: 'SendOutcome', sentOn: '2025-04-10', channel: 'letter' });
    await receive('a2', '2025-05-06', [complaint('2025-04-01')]);
    await on('a2', { type: 'AcknowledgeApplication', acknowledgedOn: '2025-05-07' });
    await on('a2', { type: 'DecideThreshold', decidedOn: '2025-05-09', discretionaryReview: { review: false, reason: 'One complaint' } });
    await on('a2', { type: 'SendOutcome', sentOn: '2025-05-12', channel: 'email' });
    await on('a2', { type: 'RequestEscalation', requestedOn: '2025-05-20', grounds: ['threshold-wrongly-refused'] });
    await on('a2', { type: 'DecideEscalation', decidedOn: '2025-06-02', outcome: 'overturned' });

    await runProjectionLive(platform, caseReviewProjection);
    const live = await snapshot();
    expect((live.case_review_applications as { application_id: string; stage: string }[]).map((a) => [a.application_id, a.stage])).toEqual([
      ['a1', 'closed'],
      ['a2', 'review'],
    ]);
    expect((live.case_review_stages as { late: boolean }[]).map((s) => s.late)).toEqual([true, false, false, false, false, false, false]);
    expect(live.case_review_recommendations).toEqual([
      expect.objectContaining({ recommendation_id: 'r1', body: 'police', completed: false }),
    ]);

    await rebuildProjection(platform.dataSource, platform.store, platform.codec, caseReviewProjection);
    expect(await snapshot()).toEqual(live);

    const figures = new CaseReviewFiguresReader(platform.dataSource);
    expect(await figures.counts('csp-int', { from: '2024-04-01', to: '2025-03-31' })).toMatchObject({
      applications: 1,
      thresholdNotMet: 0,
      reviewsCarriedOut: 0,
      stagesDone: 2,
      stagesDoneOnTime: 1,
    });
    expect(await figures.counts('csp-int', { from: '2025-04-01', to: '2026-03-31' })).toMatchObject({
      applications: 1,
      thresholdNotMet: 1,
      reviewsCarriedOut: 1,
      reviewsWithRecommendations: 1,
      discretionaryReviews: 0,
      escalations: 1,
      escalationsOverturned: 1,
    });
  });

  it('counts one escalation per application: a stream written before the decider refused a second keeps its first', async () => {
    const figures = new CaseReviewFiguresReader(platform.dataSource);
    const laterYear = await figures.counts('csp-int', { from: '2025-04-01', to: '2026-03-31' });
    await receive('a3', '2024-06-03', [complaint('2024-05-01')]);
    await on('a3', { type: 'AcknowledgeApplication', acknowledgedOn: '2024-06-04' });
    await on('a3', { type: 'DecideThreshold', decidedOn: '2024-06-06', discretionaryReview: { review: false, reason: 'One complaint' } });
    await on('a3', { type: 'SendOutcome', sentOn: '2024-06-07', channel: 'email' });
    await on('a3', { type: 'RequestEscalation', requestedOn: '2024-07-01', grounds: ['threshold-wrongly-refused'] });
    await on('a3', { type: 'DecideEscalation', decidedOn: '2024-07-15', outcome: 'upheld' });
    // A second escalation as an older build would have written it (the decider refuses it now).
    const legacy = (events: CaseReviewApplicationEvent[]) =>
      executor.handle(streamName(CASE_REVIEW_STREAM_CATEGORY, 'a3'), caseReviewApplicationDecider, () => events, { context: context() });
    await legacy([{ type: 'CaseReviewEscalationRequested', data: { applicationId: 'a3', requestedOn: '2025-04-10', grounds: ['other'] } }]);
    await legacy([
      {
        type: 'CaseReviewEscalationDecided',
        data: { applicationId: 'a3', decidedOn: '2025-04-20', outcome: 'overturned', reviewBy: '2025-05-19' },
      },
    ]);
    await runProjectionLive(platform, caseReviewProjection);

    expect(await figures.counts('csp-int', { from: '2024-04-01', to: '2025-03-31' })).toMatchObject({
      applications: 2,
      escalations: 1,
      escalationsUpheld: 1,
      escalationsOverturned: 0,
    });
    expect(await figures.counts('csp-int', { from: '2025-04-01', to: '2026-03-31' })).toEqual(laterYear);
    const [row] = await platform.dataSource.query(
      "SELECT escalation_requested_on::text AS requested, escalation_outcome AS outcome, stage FROM case_review_applications WHERE application_id = 'a3'",
    );
    expect(row).toEqual({ requested: '2024-07-01', outcome: 'upheld', stage: 'review' });
  });
});
