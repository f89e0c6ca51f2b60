import type { MaracActionData, MaracCorrectionData } from './source-events.js';

/** A MARAC case's event as the rule reads it: the stable type string and the plain data. */
export interface MaracCaseFact {
  type: string;
  data: unknown;
}

/**
 * Whether an agency action is still open after these events of its case (in stream order): added, and
 * neither completed nor voided, nor its case voided with its referral. Pure: the alert rules give it the
 * events recorded before the one they react to, which never change, so the answer is the same on a replay.
 */
export function isActionOpen(events: readonly MaracCaseFact[], actionId: string): boolean {
  let open = false;
  for (const { type, data } of events) {
    if (type === 'AgencyActionAdded' && (data as MaracActionData).actionId === actionId) open = true;
    if (type === 'AgencyActionCompleted' && (data as MaracActionData).actionId === actionId) open = false;
    if (type === 'MaracRecordVoided') {
      const { recordKind, recordId } = data as MaracCorrectionData;
      if (recordKind === 'referral' || (recordKind === 'agency-action' && recordId === actionId)) open = false;
    }
  }
  return open;
}
