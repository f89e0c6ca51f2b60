import { SetMetadata } from '@nestjs/common';
import type { Request } from 'express';

export const AUDIT_RECORD_ACCESS = 'access:audit-record-access';

export interface AuditRecordAccessOptions<Answer = unknown> {
  /** What kind of record the route reads or changes (`marac_case`, `person`, ...). */
  kind: string;
  /** Route parameter holding the record id (`caseId`). */
  recordParam?: string;
  /** Route parameter holding a data subject id, when the record is a person. */
  subjectParam?: string;
  /**
   * What the answer tells the audit entry (the id of a record just created, the people a case names,
   * its partnership), read from the handler's answer (and the request) once it succeeds.
   */
  noteOf?: (answer: Answer, request: Request) => AuditNote;
}

/**
 * Marks a read of a person's record: every call is written to the audit log before the response is
 * sent. Commands (non-GET routes) are audited without it; on a command it names the record.
 */
export const AuditRecordAccess = <Answer = unknown>(options: AuditRecordAccessOptions<Answer>) => SetMetadata(AUDIT_RECORD_ACCESS, options);

export interface AuditNote {
  recordKind?: string;
  recordId?: string;
  subjectIds?: string[];
  partnershipId?: string;
}

const NOTE = Symbol('audit-note');

/**
 * Lets a handler tell the audit entry what it learned while running: the id of a record it just
 * created, the people (subject ids) a case involves, the partnership it belongs to.
 */
export function noteAudit(request: Request, note: AuditNote): void {
  const holder = request as Request & { [NOTE]?: AuditNote };
  const previous = holder[NOTE] ?? {};
  holder[NOTE] = { ...previous, ...note, subjectIds: [...(previous.subjectIds ?? []), ...(note.subjectIds ?? [])] };
}

export function auditNoteOf(request: Request): AuditNote {
  return (request as Request & { [NOTE]?: AuditNote })[NOTE] ?? {};
}
