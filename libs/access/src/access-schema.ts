import { AuditEntry } from './audit/audit-entry.entity.js';
import { AuditLog1763900000001 } from './audit/migrations/1763900000001-audit-log.js';
import { AuditScopeAndRefusals1765100000000 } from './audit/migrations/1765100000000-audit-scope-and-refusals.js';
import { SubjectKeys1763900000000 } from './personal-data/migrations/1763900000000-subject-keys.js';
import { SubjectKeyRecord } from './personal-data/subject-key.entity.js';

/** Add to the app's TypeORM options (and to openTestPlatform in integration tests). */
export const accessEntities = [SubjectKeyRecord, AuditEntry];
export const accessMigrations = [SubjectKeys1763900000000, AuditLog1763900000001, AuditScopeAndRefusals1765100000000];
