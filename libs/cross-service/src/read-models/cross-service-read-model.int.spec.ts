import type { DomainEvent } from '@app/domain';
import { CommandExecutor, streamName } from '@app/event-store';
import { rebuildProjection } from '@app/projections';
import { openTestPlatform, runProjectionLive, type TestPlatform, numberedCommandContexts } from '@app/testing';
import { crossServiceContext } from '../cross-service.context.js';

/**
 * The cross-service projection against a real PostgreSQL, fed the other contexts' events by their type strings:
 * MARAC referrals (one voided, one with its date amended), victim-service cases named by their service's kind, a
 * Case Review application; a live run in batches of three and a rebuild give the same rows.
 */
describe('the cross-service read model', () => {
  let platform: TestPlatform;
  let executor: CommandExecutor;
  const context = numberedCommandContexts({ actor: 'int-test', occurredAt: '2026-01-01T00:00:00Z', partnershipId: 'csp-int' });
  const append = (stream: string, events: DomainEvent[]) =>
    executor.handle(stream, { initialState: () => null, evolve: (s: null) => s }, () => events, { context: context() });
  const rows = () =>
    platform.dataSource.query(
      'SELECT record_id, person_id, service, first_contact_on::text FROM cross_service_contacts ORDER BY record_id',
    );

  beforeAll(async () => {
    platform = await openTestPlatform({
      entities: crossServiceContext.entities,
      migrations: crossServiceContext.migrations,
      eventTypes: {
        CaseReferred: 1,
        MaracRecordVoided: 1,
        MaracRecordAmended: 1,
        VictimServiceRegistered: 1,
        VsVictimReferred: 1,
        CaseReviewApplicationReceived: 1,
      },
    });
    executor = new CommandExecutor(platform.store, platform.codec);
  });
  afterAll(async () => platform?.dispose());

  it('gives the same rows from a live run in small batches and from a rebuild', async () => {
    const referral = (caseId: string, personId: string, referralDate: string) => ({
      type: 'CaseReferred',
      data: { caseId, partnershipId: 'csp-int', referralDate, victim: { personId } },
    });
    await append(streamName('marac_case', 'm1'), [referral('m1', 'p1', '2025-04-01')]);
    await append(streamName('marac_case', 'm2'), [referral('m2', 'p2', '2025-04-02')]);
    await append(streamName('marac_case', 'm3'), [referral('m3', 'p3', '2025-04-03')]);
    await append(streamName('victim_service', 's1'), [{ type: 'VictimServiceRegistered', data: { serviceId: 's1', kind: 'asb-support' } }]);
    await append(streamName('vs_case', 'v1'), [
      {
        type: 'VsVictimReferred',
        data: { caseId: 'v1', serviceId: 's1', partnershipId: 'csp-int', personId: 'p1', referralDate: '2025-05-01' },
      },
    ]);
    await append(streamName('marac_case', 'm2'), [{ type: 'MaracRecordVoided', data: { recordKind: 'referral', recordId: 'm2' } }]);
    await append(streamName('marac_case', 'm3'), [
      { type: 'MaracRecordAmended', data: { recordKind: 'referral', recordId: 'm3', amended: { referralDate: '2025-03-30' } } },
      { type: 'MaracRecordAmended', data: { recordKind: 'agency-action', recordId: 'a1', amended: { dueDate: '2025-06-01' } } },
    ]);
    await append(streamName('case_review', 'c1'), [
      {
        type: 'CaseReviewApplicationReceived',
        data: { applicationId: 'c1', partnershipId: 'csp-int', victimPersonId: 'p3', receivedOn: '2025-06-01' },
      },
    ]);

    await runProjectionLive(platform, crossServiceContext.projections[0]);
    const live = await rows();
    expect(live).toEqual([
      { record_id: 'c1', person_id: 'p3', service: 'case-review', first_contact_on: '2025-06-01' },
      { record_id: 'm1', person_id: 'p1', service: 'marac', first_contact_on: '2025-04-01' },
      { record_id: 'm3', person_id: 'p3', service: 'marac', first_contact_on: '2025-03-30' },
      { record_id: 'v1', person_id: 'p1', service: 'asb-support', first_contact_on: '2025-05-01' },
    ]);
    await rebuildProjection(platform.dataSource, platform.store, platform.codec, crossServiceContext.projections[0]);
    expect(await rows()).toEqual(live);
  });
});
