import { ApiProperty } from '@nestjs/swagger';
import { CallerQuery } from '@app/access';
import type { PersonIdentity } from '../../domain/index.js';

const ANY_OBJECT = { type: 'object', additionalProperties: true } as const;

/** One fact held about the person, decrypted; another person's personal data in it is withheld. */
export class SubjectAccessEvent {
  @ApiProperty({ example: 'CaseReferred' }) type: string;
  @ApiProperty({ example: 'marac_case-b6a1e3f2-7c4d-5e8f-9a0b-1c2d3e4f5a6b' }) stream: string;
  @ApiProperty({ type: 'integer', example: 0 }) revision: number;
  @ApiProperty({ type: String, format: 'date-time', description: 'When the fact happened according to the command.' }) occurredAt: string;
  @ApiProperty({ example: 'coordinator-7', description: 'Who recorded it.' }) recordedBy: string;
  @ApiProperty({ ...ANY_OBJECT, description: "The event's data; personal data decrypted (null once erased); someone else's withheld." })
  data: Record<string, unknown>;
}

export class SubjectAccessContext {
  @ApiProperty({ example: 'MARAC' }) context: string;
  @ApiProperty({ type: [SubjectAccessEvent] }) events: SubjectAccessEvent[];
}

/** Who read or changed the person's records, from the audit log. */
export class SubjectAccessAuditEntry {
  @ApiProperty({ type: String, format: 'date-time' }) occurredAt: string;
  @ApiProperty({ example: 'coordinator-7' }) actor: string;
  @ApiProperty({ example: 'read' }) action: string;
  @ApiProperty({ type: String, nullable: true, example: '/marac/cases/:caseId' }) route: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'marac_case' }) recordKind: string | null;
  @ApiProperty({ type: String, nullable: true }) recordId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The purpose the reader gave.' }) purpose: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'default-basis:crime-and-disorder-act-s115' }) sharingBasis: string | null;
  @ApiProperty({ example: 'success' }) outcome: string;
}

export class SubjectErasure {
  @ApiProperty({ type: String, format: 'date-time', example: '2026-06-01T09:00:00.000Z' }) erasedAt: string;
  @ApiProperty({ enum: ['request', 'retention'], example: 'request' }) basis: 'request' | 'retention';
}

/**
 * Everything the partnership holds about a person (subject access, UK GDPR Art. 15): the person record, every
 * context's facts about them, decrypted, and the audit of who read them. After erasure it says when, and what
 * remains holds no personal data of theirs.
 */
export class SubjectAccessExport {
  @ApiProperty({ format: 'uuid', description: 'The canonical person id.' }) personId: string;
  @ApiProperty({ type: [String], description: 'Every record of the person (merged duplicates included).' }) recordIds: string[];
  @ApiProperty({ example: 'demo-csp' }) partnershipId: string;
  @ApiProperty({ type: String, format: 'date-time' }) exportedAt: string;
  @ApiProperty({ example: 'admin-1' }) exportedBy: string;
  @ApiProperty({ type: SubjectErasure, nullable: true, description: "Set once the person's personal data was erased." })
  erased: SubjectErasure | null;
  @ApiProperty({ ...ANY_OBJECT, nullable: true, description: 'The identity on the person record (null once erased).' })
  identity: PersonIdentity | null;
  @ApiProperty({ type: [SubjectAccessContext] }) contexts: SubjectAccessContext[];
  @ApiProperty({ type: [SubjectAccessAuditEntry] }) audit: SubjectAccessAuditEntry[];
}

/** An admin of the person's partnership exports what it holds about them (audited as `subject_access`). */
export class SubjectAccessExportQuery extends CallerQuery<{ personId: string }, SubjectAccessExport> {}
