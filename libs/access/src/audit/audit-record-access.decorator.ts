import { SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { AuditNote } from './audit-note.js';

export const AUDIT_RECORD_ACCESS = 'access:audit-record-access';

export interface AuditRecordAccessOptions<Answer = unknown> {
  /** What kind of record the route reads or changes (`marac_case`, `person`, ...). */
  kind: string;
  /** Route parameter holding the record id (`caseId`). */
  recordParam?: string;
  /** Route parameter holding a data subject id, when the record is a person. */
  subjectParam?: string;
  /**
   * What the answer tells the audit entry (the people a list names), read from the handler's answer (and
   * the request) once it succeeds. Handlers tell it what they know as they run with `noteAudit`.
   */
  noteOf?: (answer: Answer, request: Request) => AuditNote;
}

/**
 * Marks a read of a person's record: every call is written to the audit log before the response is
 * sent. Commands (non-GET routes) are audited without it; on a command it names the kind of record.
 */
export const AuditRecordAccess = <Answer = unknown>(options: AuditRecordAccessOptions<Answer>) => SetMetadata(AUDIT_RECORD_ACCESS, options);
