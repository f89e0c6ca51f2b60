import { assertCallerMayAccess, assertCallerRole, noteAudit, type CallerCommand } from '@app/access';
import type { CommandExecutor } from '@app/event-store';
import type { IsoDate } from '@app/periods';
import { todayOf } from '../command-day.js';
import type { PartnershipSettingsDecider, PartnershipSettingsState } from './partnership-settings.decider.js';

export interface ChangePartnershipSettingsInput<Settings extends object> {
  partnershipId: string;
  /** Today (London) when not given. */
  effectiveFrom?: IsoDate;
  changes: Partial<Settings>;
}

/** Where a context keeps its partnership settings, and how a refusal and the audit entry name them. */
export interface PartnershipSettingsRoom<Type extends string, Settings extends object> {
  decider: PartnershipSettingsDecider<Type, Settings>;
  stream(partnershipId: string): string;
  /** The audit entry's record kind, e.g. 'vs_settings'. */
  recordKind: string;
  /** The 404 message for a partnership outside the caller's (the same as for one that does not exist). */
  notFound: string;
}

/**
 * An admin changes some of a partnership's settings in one context from a day on: audited under the
 * partnership, checked for role and scope, decided against the stream's history at the revision the caller
 * read (If-Match). Answers the state after the change, its revision and the day it takes effect.
 */
export async function changePartnershipSettings<Type extends string, Settings extends object>(
  executor: CommandExecutor,
  room: PartnershipSettingsRoom<Type, Settings>,
  { caller, context, input, expectedRevision }: CallerCommand<ChangePartnershipSettingsInput<Settings>, unknown>,
): Promise<{ state: PartnershipSettingsState<Settings>; revision: number; effectiveFrom: IsoDate }> {
  const { partnershipId, changes } = input;
  noteAudit({ recordKind: room.recordKind, recordId: partnershipId, partnershipId });
  assertCallerRole(caller, 'admin');
  assertCallerMayAccess(caller, partnershipId, room.notFound);
  const effectiveFrom = input.effectiveFrom ?? todayOf(context);
  const { state, revision } = await executor.handle(
    room.stream(partnershipId),
    room.decider,
    (current) => room.decider.decide({ type: 'ChangePartnershipSettings', partnershipId, effectiveFrom, changes }, current),
    { context: { ...context, partnershipId }, expectedRevision, revealPersonalData: false },
  );
  return { state, revision, effectiveFrom };
}
