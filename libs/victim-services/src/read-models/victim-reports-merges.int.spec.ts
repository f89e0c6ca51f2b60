import { CommandExecutor, streamName } from '@app/event-store';
import { personMergesDecider, personMergesEventTypes, type PersonMergesCommand } from '@app/people';
import { rebuildProjection } from '@app/projections';
import { decidingOn, openTestPlatform, runProjectionLive, type TestPlatform, numberedCommandContexts } from '@app/testing';
import {
  casesWithCaseReviewNoticeDueAcrossCases,
  DEFAULT_BEHAVIOUR_TYPES,
  DEFAULT_NEEDS,
  DEFAULT_OUTCOME_DOMAINS,
  DEFAULT_REFERRING_PARTNERS,
  isRepeatReport,
  victimServicesEventTypes,
  vsCaseDecider,
} from '../domain/index.js';
import { victimServicesEntities, victimServicesMigrations, victimServicesProjections } from '../victim-services.context.js';
import { VictimReportsReader } from './victim-reports.reader.js';

/**
 * The repeat rule and the Case Review notice across a person's records (people merges) against a real
 * PostgreSQL: two records of one victim, each referred once, are two first reports; merged, the later is a
 * repeat and (within 6 months) makes a Case Review notice due; unmerged, neither again. The same answers
 * from the read models run live in small batches and rebuilt. A merge of three records (a chain) reads as one.
 */
const PARTNERSHIP = 'csp-int-merges';
const lists = {
  referringPartners: DEFAULT_REFERRING_PARTNERS,
  behaviourTypes: DEFAULT_BEHAVIOUR_TYPES,
  needs: DEFAULT_NEEDS,
  outcomeDomains: DEFAULT_OUTCOME_DOMAINS,
};

describe('victim reports across merged person records', () => {
  let platform: TestPlatform;
  let executor: CommandExecutor;
  let reader: VictimReportsReader;
  const context = numberedCommandContexts({ actor: 'int-test', occurredAt: '2026-01-01T00:00:00Z', partnershipId: PARTNERSHIP });
  const caseDecider = decidingOn(vsCaseDecider, '2026-12-31');
  const refer = (caseId: string, serviceId: string, personId: string, referralDate: string) =>
    executor.handle(
      streamName('vs_case', caseId),
      vsCaseDecider,
      (s) =>
        caseDecider.decide(
          {
            type: 'ReferVictim',
            caseId,
            serviceId,
            partnershipId: PARTNERSHIP,
            personId,
            referralDate,
            referringPartner: null,
            asbCategory: 'personal',
            behaviourTypes: ['noise'],
            perpetratorPersonIds: [],
            location: 'Somewhere',
            lists,
          },
          s,
        ),
      { context: context() },
    );
  const ledger = (command: Omit<PersonMergesCommand, 'partnershipId' | 'reason' | 'by'> & { intoPersonId?: string }) =>
    executor.handle(
      streamName('person_merges', PARTNERSHIP),
      personMergesDecider,
      (s) => personMergesDecider.decide({ ...command, partnershipId: PARTNERSHIP, reason: 'Same person', by: 'int-test' } as never, s),
      { context: context() },
    );
  const live = async () => {
    for (const projection of victimServicesProjections) await runProjectionLive(platform, projection);
  };
  const answers = async () => {
    const idva = await reader.reportsOfService({ serviceId: 'idva', partnershipId: PARTNERSHIP });
    return {
      idva,
      repeats: idva
        .filter((r) => isRepeatReport(r, 12))
        .map((r) => r.caseId)
        .sort(),
      noticesDue: [...casesWithCaseReviewNoticeDueAcrossCases(idva, 6)].sort(),
    };
  };

  beforeAll(async () => {
    platform = await openTestPlatform({
      entities: victimServicesEntities,
      migrations: victimServicesMigrations,
      eventTypes: { ...victimServicesEventTypes, ...personMergesEventTypes },
    });
    executor = new CommandExecutor(platform.store, platform.codec);
    reader = new VictimReportsReader(platform.dataSource);
  });
  afterAll(async () => {
    await platform?.dispose();
  });

  it('counts a merged person’s later referral as a repeat and makes a notice due, undoes both on unmerge, and rebuilds the same', async () => {
    // Two records of one victim: p-dup referred to the ASB service in January, p-main to the IDVA service in June.
    await refer('asb-1', 'asb', 'p-dup', '2025-01-10');
    await refer('idva-1', 'idva', 'p-main', '2025-06-10');
    // Someone else, referred twice to IDVA within 6 months: a repeat and a notice on their own records.
    await refer('idva-2', 'idva', 'p-other', '2025-02-01');
    await refer('idva-3', 'idva', 'p-other', '2025-04-01');
    await live();
    const before = await answers();
    expect(before.repeats).toEqual(['idva-3']);
    expect(before.noticesDue).toEqual(['idva-3']);

    await ledger({ type: 'MergePerson', personId: 'p-dup', intoPersonId: 'p-main' });
    await live();
    const merged = await answers();
    expect(merged.repeats).toEqual(['idva-1', 'idva-3']);
    expect(merged.noticesDue).toEqual(['idva-1', 'idva-3']);
    expect(merged.idva.find((r) => r.caseId === 'idva-1')).toEqual({
      caseId: 'idva-1',
      personId: 'p-main',
      reportedOn: '2025-06-10',
      previousReportOn: '2025-01-10',
      previousCaseId: 'asb-1',
    });
    // The ASB service's own report reads as the canonical person too, and is the first of that person's.
    expect(await reader.reportsOfService({ serviceId: 'asb', partnershipId: PARTNERSHIP })).toEqual([
      { caseId: 'asb-1', personId: 'p-main', reportedOn: '2025-01-10', previousReportOn: null, previousCaseId: null },
    ]);
    for (const projection of victimServicesProjections)
      await rebuildProjection(platform.dataSource, platform.store, platform.codec, projection);
    expect(await answers()).toEqual(merged);

    await ledger({ type: 'UnmergePerson', personId: 'p-dup' });
    await live();
    const unmerged = await answers();
    expect(unmerged).toEqual(before);
    for (const projection of victimServicesProjections)
      await rebuildProjection(platform.dataSource, platform.store, platform.codec, projection);
    expect(await answers()).toEqual(unmerged);
  });

  it('follows a chain of merges to the person at its end', async () => {
    await refer('chain-1', 'chain', 'c-a', '2025-01-01');
    await refer('chain-2', 'chain', 'c-b', '2025-03-01');
    await refer('chain-3', 'chain', 'c-c', '2025-05-01');
    await ledger({ type: 'MergePerson', personId: 'c-a', intoPersonId: 'c-b' });
    await ledger({ type: 'MergePerson', personId: 'c-b', intoPersonId: 'c-c' });
    await live();
    const reports = await reader.reportsOfService({ serviceId: 'chain', partnershipId: PARTNERSHIP });
    expect(reports.map((r) => [r.caseId, r.personId, r.previousCaseId])).toEqual([
      ['chain-1', 'c-c', null],
      ['chain-2', 'c-c', 'chain-1'],
      ['chain-3', 'c-c', 'chain-2'],
    ]);
  });
});
