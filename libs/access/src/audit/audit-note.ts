import { AsyncLocalStorage } from 'node:async_hooks';

/** What the code that served a request tells its audit entry: the record, the people it concerns, its partnership. */
export interface AuditNote {
  recordKind?: string;
  recordId?: string;
  subjectIds?: string[];
  partnershipId?: string;
  /** On what basis the person's record was read (consent, a lawful basis): `basisOfRead` of libs/sharing. */
  sharingBasis?: string;
}

const currentNote = new AsyncLocalStorage<{ note: AuditNote }>();

/**
 * Tells the audit entry of the request being served what a handler learned while running: the
 * partnership of the record it admitted, the people (subject ids) the record concerns, the id of a
 * record it created. Call it as soon as the record is known, before the caller's access is checked,
 * so a refusal is audited under the record's partnership too. Nothing is put in the response body;
 * outside a request (process managers, deadlines, CLIs) it does nothing. Subject ids accumulate;
 * the other fields keep the latest value.
 */
export function noteAudit(note: AuditNote): void {
  const holder = currentNote.getStore();
  if (!holder) return;
  holder.note = mergeAuditNotes(holder.note, note);
}

/** `later`'s fields over `earlier`'s (where given); subject ids of both, once each. */
export function mergeAuditNotes(earlier: AuditNote, later: AuditNote = {}): AuditNote {
  return { ...earlier, ...dropUndefined(later), subjectIds: [...new Set([...(earlier.subjectIds ?? []), ...(later.subjectIds ?? [])])] };
}

/** Runs `serve` with a fresh note that `noteAudit` calls within it (and its async continuations) fill in. */
export function collectAuditNote<T>(serve: () => T): { result: T; note: () => AuditNote } {
  const holder = { note: {} as AuditNote };
  const result = currentNote.run(holder, serve);
  return { result, note: () => holder.note };
}

function dropUndefined(note: AuditNote): AuditNote {
  return Object.fromEntries(Object.entries(note).filter(([, value]) => value !== undefined));
}
