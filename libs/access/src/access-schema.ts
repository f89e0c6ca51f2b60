import { AuditEntry } from './audit/audit-entry.entity.js';
import { AuditLog1763900000001 } from './audit/migrations/1763900000001-audit-log.js';
import { AuditScopeAndRefusals1765100000000 } from './audit/migrations/1765100000000-audit-scope-and-refusals.js';
import { AuditSharingBasis1766500000001 } from './audit/migrations/1766500000001-audit-sharing-basis.js';
import { SubjectKeys1763900000000 } from './personal-data/migrations/1763900000000-subject-keys.js';
import { SubjectKeyRecord } from './personal-data/subject-key.entity.js';
import { RateLimitWindows1765000000002 } from './rate-limit/migrations/1765000000002-rate-limit-windows.js';
import { RateLimitWindow } from './rate-limit/rate-limit-window.entity.js';
import { StreamTickets1767000000001 } from './stream-tickets/migrations/1767000000001-stream-tickets.js';
import { StreamTicket } from './stream-tickets/stream-ticket.entity.js';

/** Add to the app's TypeORM options (and to openTestPlatform in integration tests). */
export const accessEntities = [SubjectKeyRecord, AuditEntry, RateLimitWindow, StreamTicket];
export const accessMigrations = [
  SubjectKeys1763900000000,
  AuditLog1763900000001,
  RateLimitWindows1765000000002,
  AuditScopeAndRefusals1765100000000,
  AuditSharingBasis1766500000001,
  StreamTickets1767000000001,
];
