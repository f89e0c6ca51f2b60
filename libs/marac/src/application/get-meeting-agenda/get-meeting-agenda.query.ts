import { CallerQuery } from '@app/access';
import type { MeetingAgenda } from '../../read-models/meeting-agenda.reader.js';

/** A meeting's agenda, with overdue actions judged on `asOf` (names victims: coordinators of its partnership only). */
export class GetMeetingAgendaQuery extends CallerQuery<{ meetingId: string; asOf: string }, MeetingAgenda> {}
