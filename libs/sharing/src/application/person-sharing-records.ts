import type { QueryBus } from '@nestjs/cqrs';
import type { CommandExecutor } from '@app/event-store';
import { PersonGroupQuery, type SharingPurpose, type SharingStatus } from '@app/people';
import { combineEntries, entryKey, sharingDecider, sharingDefaultsDecider, sharingStatusOf } from '../domain/index.js';
import { type SharingDefaultsState, type SharingState } from '../domain/index.js';
import { sharingDefaultsStream, sharingStream } from './sharing-streams.js';

/** What is recorded about one person, read from the log: the partnership's defaults and each record's sharing state. */
export interface PersonSharingRecords {
  defaults: SharingDefaultsState;
  /** Canonical first, merged duplicates after (a consent recorded on a duplicate before a merge still counts). */
  records: SharingState[];
}

/** Reads the partnership's defaults and the sharing streams of every record of the person (never a lagging read model). */
export async function loadPersonSharing(
  executor: CommandExecutor,
  queryBus: QueryBus,
  partnershipId: string,
  personId: string,
): Promise<PersonSharingRecords> {
  const group = await queryBus.execute(new PersonGroupQuery({ partnershipId, personId }));
  const [defaults, ...records] = await Promise.all([
    executor.load(sharingDefaultsStream(partnershipId), sharingDefaultsDecider),
    ...group.recordIds.map((id) => executor.load(sharingStream(id), sharingDecider)),
  ]);
  return { defaults: defaults.state, records: records.map((r) => r.state) };
}

/** How an agency stands for the purpose with the person, from all their records. */
export function statusFrom({ defaults, records }: PersonSharingRecords, agency: string, purpose: SharingPurpose): SharingStatus {
  return sharingStatusOf(agency, purpose, combineEntries(records.map((r) => r.entries[entryKey(agency, purpose)])), defaults[purpose]);
}

/** The agencies something was recorded for, for the purpose, on any record of the person. */
export function agenciesRecorded({ records }: PersonSharingRecords, purpose: SharingPurpose): string[] {
  const keys = records.flatMap((r) => Object.keys(r.entries)).filter((key) => key.startsWith(`${purpose}|`));
  return [...new Set(keys.map((key) => key.split('|')[1]))];
}
