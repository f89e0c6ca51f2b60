import { randomBytes, randomUUID } from 'node:crypto';
import type { EventToAppend } from '@app/event-store';

// Fixed per run, so that every event has the same size; ids change per event.
const CIPHERTEXT = randomBytes(64).toString('base64');
const IV = randomBytes(12).toString('base64');
const TAG = randomBytes(16).toString('base64');
const ACTOR = randomUUID();

/**
 * `count` events shaped like a MARAC `FurtherIncidentReported` as stored: ids, dates and codes in the
 * clear, the description in an encrypted PersonalData envelope. About 500 bytes of data JSON and 250 of
 * metadata; the sizes are printed in the report.
 */
export function maracEvents(stream: string, count: number): EventToAppend[] {
  const caseId = stream.slice(stream.indexOf('-') + 1);
  const commandId = randomUUID();
  const events: EventToAppend[] = [];
  for (let i = 0; i < count; i++) {
    const eventId = randomUUID();
    events.push({
      eventId,
      type: 'FurtherIncidentReported',
      schemaVersion: 1,
      data: {
        caseId,
        maracId: 'marac-e09000033',
        incidentId: randomUUID(),
        date: '2025-03-14',
        reportedOn: '2025-03-15',
        reportingAgency: 'police',
        description: {
          subjectId: caseId,
          personal: { alg: 'A256GCM', keyVersion: 1, iv: IV, tag: TAG, ciphertext: CIPHERTEXT },
        },
        makesRepeat: true,
      },
      metadata: {
        eventId,
        commandId,
        correlationId: commandId,
        causationId: commandId,
        actor: ACTOR,
        occurredAt: '2025-03-15T10:42:17.000Z',
        partnershipId: 'partnership-e09000033',
      },
    });
  }
  return events;
}

export function payloadBytes(): { data: number; metadata: number } {
  const [event] = maracEvents(`marac_case-${randomUUID()}`, 1);
  return {
    data: Buffer.byteLength(JSON.stringify(event.data)),
    metadata: Buffer.byteLength(JSON.stringify(event.metadata)),
  };
}
