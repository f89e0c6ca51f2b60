import type { QueryBus } from '@nestjs/cqrs';
import type { CommandExecutor, StreamRevision } from '@app/event-store';
import { PersonGroupQuery, type SharingPurpose, type SharingStatusView } from '@app/people';
import { combineEntries, entryKey, sharingDecider, sharingDefaultsDecider, sharingStatusOf } from '../domain/index.js';
import { type SharingDefaultsState, type SharingState } from '../domain/index.js';
import { sharingDefaultsStream, sharingStream } from './sharing-streams.js';

/** What is recorded about one person, read from the log: the partnership's defaults and each record's sharing state. */
export interface PersonSharingRecords {
  defaults: SharingDefaultsState;
  /** Canonical first, merged duplicates after (a consent recorded on a duplicate before a merge still counts). */
  records: SharingState[];
  /**
   * The defaults' stream, each record's and the partnership's merge ledger (which records are the person), at the
   * revisions read: what an action or a share on this needs unchanged.
   */
  streamsRead: StreamRevision[];
}

/** Reads the partnership's defaults and the sharing streams of every record of the person (never a lagging read model). */
export async function loadPersonSharing(
  executor: CommandExecutor,
  queryBus: QueryBus,
  partnershipId: string,
  personId: string,
): Promise<PersonSharingRecords> {
  const group = await queryBus.execute(new PersonGroupQuery({ partnershipId, personId }));
  const streams = [sharingDefaultsStream(partnershipId), ...group.recordIds.map(sharingStream)];
  const [defaults, ...records] = await Promise.all([
    executor.load(streams[0], sharingDefaultsDecider),
    ...streams.slice(1).map((stream) => executor.load(stream, sharingDecider)),
  ]);
  return {
    defaults: defaults.state,
    records: records.map((r) => r.state),
    streamsRead: [...[defaults, ...records].map(({ revision }, i) => ({ streamName: streams[i], revision })), group.mergesRead],
  };
}

/** How an agency stands for the purpose with the person, from all their records, and what that was read from. */
export function statusFrom(
  { defaults, records, streamsRead }: PersonSharingRecords,
  agency: string,
  purpose: SharingPurpose,
): SharingStatusView {
  const entry = combineEntries(records.map((r) => r.entries[entryKey(agency, purpose)]));
  return { ...sharingStatusOf(agency, purpose, entry, defaults[purpose]), streamsRead };
}

/** The agencies something was recorded for, for the purpose, on any record of the person. */
export function agenciesRecorded({ records }: PersonSharingRecords, purpose: SharingPurpose): string[] {
  const keys = records.flatMap((r) => Object.keys(r.entries)).filter((key) => key.startsWith(`${purpose}|`));
  return [...new Set(keys.map((key) => key.split('|')[1]))];
}
