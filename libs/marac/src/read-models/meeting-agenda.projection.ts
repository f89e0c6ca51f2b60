import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@app/event-store';
import type { Projection } from '@app/projections';
import type { MaracCaseEvent, MaracMeetingEvent } from '../domain/index.js';
import { batchRows, bulk, LaterStatements, setFields } from '@app/projections';
import { AgendaListing } from './agenda-listing.entity.js';

interface AgendaItemRow {
  meeting_id: string;
  case_id: string;
  marac_id: string;
  partnership_id: string;
  meeting_date: string;
  relisting: boolean;
  heard_on: string | null;
  agencies_present: string[] | null;
}

/**
 * Meetings (scheduled, held, cancelled) and the cases listed on each agenda, with whether and when each
 * was heard and who was present (an item listed and heard in the same batch is inserted heard). The agenda query joins the case list for each case's current risk band,
 * repeat flag and outstanding actions. An amended hearing changes its item; a voided hearing leaves its
 * item listed but not heard; a voided case leaves every agenda.
 */
export const meetingAgendaProjection: Projection = {
  name: 'marac_meeting_agenda',
  readsPersonalData: false,
  filter: { categories: ['marac_meeting', 'marac_case'] },
  tables: ['marac_meetings', 'marac_agenda_items'],

  async apply(envelopes: readonly EventEnvelope[], manager: EntityManager): Promise<void> {
    const meetings: object[] = [];
    const statuses = new Map<
      string,
      { meeting_id: string; status: string; agencies_present: string[] | null; from_revision: number; last_revision: number }
    >();
    const items = new Map<string, AgendaItemRow>();
    const heard: object[] = [];
    const corrections = new LaterStatements();

    for (const envelope of envelopes) {
      const event = envelope.event as MaracCaseEvent | MaracMeetingEvent;
      switch (event.type) {
        case 'MeetingScheduled':
          meetings.push({
            meeting_id: event.data.meetingId,
            marac_id: event.data.maracId,
            partnership_id: event.data.partnershipId,
            meeting_date: event.data.date,
            last_revision: envelope.revision,
          });
          break;
        case 'MeetingCancelled':
        case 'MeetingHeld': {
          const status = event.type === 'MeetingCancelled' ? 'cancelled' : 'held';
          const agencies_present = event.type === 'MeetingHeld' ? event.data.agenciesPresent : null;
          const current = statuses.get(event.data.meetingId);
          if (current) Object.assign(current, { status, agencies_present, last_revision: envelope.revision });
          else
            statuses.set(event.data.meetingId, {
              meeting_id: event.data.meetingId,
              status,
              agencies_present,
              from_revision: envelope.revision,
              last_revision: envelope.revision,
            });
          break;
        }
        case 'CaseListedForMeeting': {
          const key = `${event.data.meetingId}/${event.data.caseId}`;
          if (items.has(key)) break;
          items.set(key, {
            meeting_id: event.data.meetingId,
            case_id: event.data.caseId,
            marac_id: event.data.maracId,
            partnership_id: envelope.metadata.partnershipId ?? '',
            meeting_date: event.data.meetingDate,
            relisting: event.data.relisting,
            heard_on: null,
            agencies_present: null,
          });
          break;
        }
        case 'CaseHeard': {
          const hearing = { heard_on: event.data.heardOn, agencies_present: event.data.agenciesPresent };
          const listed = items.get(`${event.data.meetingId}/${event.data.caseId}`);
          if (listed) Object.assign(listed, hearing);
          else heard.push({ meeting_id: event.data.meetingId, case_id: event.data.caseId, ...hearing });
          break;
        }
        case 'MaracRecordAmended':
          if (event.data.recordKind === 'hearing') {
            const where = { meetingId: event.data.recordId, caseId: event.data.caseId };
            const fields = setFields({ heardOn: event.data.amended.heardOn, agenciesPresent: event.data.amended.agenciesPresent });
            corrections.add((m) => m.update(AgendaListing, where, fields));
          }
          break;
        case 'MaracRecordVoided': {
          const { recordKind, recordId, caseId } = event.data;
          if (recordKind === 'hearing')
            corrections.add((m) => m.update(AgendaListing, { meetingId: recordId, caseId }, { heardOn: null, agenciesPresent: null }));
          else if (recordKind === 'referral') corrections.add((m) => m.delete(AgendaListing, { caseId }));
          break;
        }
        default:
          break;
      }
    }

    await bulk(
      manager,
      `INSERT INTO marac_meetings (meeting_id, marac_id, partnership_id, meeting_date, status, last_revision)
       SELECT meeting_id, marac_id, partnership_id, meeting_date, 'scheduled', last_revision
       FROM ${batchRows('x', 'meeting_id text, marac_id text, partnership_id text, meeting_date date, last_revision integer')}
       ON CONFLICT (meeting_id) DO NOTHING`,
      meetings,
    );
    await bulk(
      manager,
      `UPDATE marac_meetings m SET status = x.status, agencies_present = x.agencies_present, last_revision = x.last_revision
       FROM ${batchRows('x', 'meeting_id text, status text, agencies_present text[], from_revision integer, last_revision integer')}
       WHERE m.meeting_id = x.meeting_id AND m.last_revision < x.from_revision`,
      [...statuses.values()],
    );
    await bulk(
      manager,
      `INSERT INTO marac_agenda_items (meeting_id, case_id, marac_id, partnership_id, meeting_date, relisting, heard_on, agencies_present)
       SELECT meeting_id, case_id, marac_id, partnership_id, meeting_date, relisting, heard_on, agencies_present
       FROM ${batchRows(
         'x',
         `meeting_id text, case_id text, marac_id text, partnership_id text, meeting_date date, relisting boolean,
         heard_on date, agencies_present text[]`,
       )}
       ON CONFLICT (meeting_id, case_id) DO NOTHING`,
      [...items.values()],
    );
    await bulk(
      manager,
      `UPDATE marac_agenda_items i SET heard_on = x.heard_on, agencies_present = x.agencies_present
       FROM ${batchRows('x', 'meeting_id text, case_id text, heard_on date, agencies_present text[]')}
       WHERE i.meeting_id = x.meeting_id AND i.case_id = x.case_id`,
      heard,
    );
    await corrections.run(manager);
  },
};
