import { ApiProperty } from '@nestjs/swagger';
import type { AuditEntry } from './audit-entry.entity.js';
import type { AuditPage } from './audit-log.js';

const text = (example: string, description?: string) => ApiProperty({ example, description });
const nullableText = (example: string | null, description?: string) => ApiProperty({ type: String, nullable: true, example, description });

/**
 * An audit entry as `GET /audit` answers it: the audit_log row (implements the entity, so a column added
 * there that this does not describe fails to compile, and `@Answers` checks the other way).
 */
export class AuditEntryAnswer implements AuditEntry {
  @ApiProperty({ example: '1042', description: 'The row id (a bigint, as a string).' }) id: string;
  @ApiProperty({ type: String, format: 'date-time', example: '2026-06-01T09:00:00.000Z' }) occurredAt: Date;
  @text('coordinator-7', 'The user id (token subject), or `system:<job>` for automatic actions.') actor: string;
  @ApiProperty({ type: [String], example: ['coordinator'] }) actorRoles: string[];
  @ApiProperty({ type: [String], example: ['demo-csp'] }) actorPartnerships: string[];
  @nullableText(null, 'The client address, kept only for refusals without a verified caller.') clientAddress: string | null;
  @ApiProperty({ enum: ['read', 'command', 'refusal', 'erasure', 'retention-erasure'], example: 'read' }) action: string;
  @nullableText('GET') method: string | null;
  @nullableText('/marac/cases/:caseId', 'The route pattern, not the URL: ids are in recordId.') route: string | null;
  @nullableText('marac_case') recordKind: string | null;
  @nullableText('b6a1e3f2-7c4d-5e8f-9a0b-1c2d3e4f5a6b') recordId: string | null;
  @ApiProperty({ type: [String], example: ['5f0c2d1e-3a4b-4c5d-8e6f-708192a3b4c5'], description: 'The people whose record this touched.' })
  subjectIds: string[];
  @nullableText('demo-csp') partnershipId: string | null;
  @nullableText('client-1.abc') correlationId: string | null;
  @nullableText(
    'default-basis:crime-and-disorder-act-s115',
    'On what basis the record was shared with the reader (each standing of the agencies for the purpose, once).',
  )
  sharingBasis: string | null;
  @nullableText(null, 'The X-Access-Purpose a client sent, or the reason of an erasure.') purpose: string | null;
  @ApiProperty({ enum: ['success', 'denied', 'unauthenticated', 'rate-limited', 'failed'], example: 'success' }) outcome: string;
  @ApiProperty({ type: 'integer', nullable: true, example: 200 }) status: number | null;
  @ApiProperty({ type: 'integer', example: 1, description: 'How many refusals a counted entry stands for; 1 otherwise.' }) count: number;
  @nullableText(null, '`<minute>|<caller>` for a counted entry.') countedKey: string | null;
}

export class AuditPageAnswer implements AuditPage {
  @ApiProperty({ type: [AuditEntryAnswer] }) items: AuditEntryAnswer[];
  @ApiProperty({ type: 'integer', example: 1 }) page: number;
  @ApiProperty({ type: 'integer', example: 50 }) pageSize: number;
  @ApiProperty({ type: 'integer', example: 1 }) total: number;
}
