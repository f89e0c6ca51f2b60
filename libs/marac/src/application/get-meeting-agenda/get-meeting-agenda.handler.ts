import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { MeetingAgendaReader, type MeetingAgenda } from '../../read-models/meeting-agenda.reader.js';
import { GetMeetingAgendaQuery } from './get-meeting-agenda.query.js';

@QueryHandler(GetMeetingAgendaQuery)
export class GetMeetingAgendaHandler implements IQueryHandler<GetMeetingAgendaQuery> {
  constructor(private readonly reader: MeetingAgendaReader) {}

  execute({ caller, input }: GetMeetingAgendaQuery): Promise<MeetingAgenda> {
    return this.reader.execute(caller, input.meetingId, input.asOf);
  }
}
