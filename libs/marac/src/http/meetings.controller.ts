import { Body, Controller, Get, HttpCode, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditRecordAccess, Caller, Roles, type AuthenticatedUser } from '@app/access';
import type { CommandContext } from '@app/event-store';
import { Answers, CommandMeta, ExpectedRevision, RevisionETagInterceptor } from '@app/http';
import { todayInLondon } from '@app/periods';
import { CancelMeetingCommand } from '../application/cancel-meeting/cancel-meeting.command.js';
import { GetMeetingAgendaQuery } from '../application/get-meeting-agenda/get-meeting-agenda.query.js';
import { MarkMeetingHeldCommand } from '../application/mark-meeting-held/mark-meeting-held.command.js';
import { ListCaseForMeetingCommand } from '../application/list-case-for-meeting/list-case-for-meeting.command.js';
import { ScheduleMeetingCommand } from '../application/schedule-meeting/schedule-meeting.command.js';
import { CaseCommandResult } from '../application/case-command.js';
import { MeetingCommandResult } from '../application/meeting-commands.js';
import { MeetingAgenda } from '../read-models/meeting-agenda.reader.js';
import { CancelMeetingBody, ListCaseBody, MarkMeetingHeldBody, ScheduleMeetingBody } from './case-commands.dto.js';
import { MeetingParams } from './params.dto.js';
import { AsOfQuery } from './queries.dto.js';

@ApiTags('MARAC')
@ApiBadRequestResponse({ description: 'Invalid body or parameters (problem+json).' })
@ApiNotFoundResponse({ description: 'No such meeting or case (or not in your partnerships).' })
@Roles('coordinator')
@UseInterceptors(RevisionETagInterceptor)
@Controller('marac/meetings')
export class MeetingsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Schedule a MARAC meeting' })
  @Answers(MeetingCommandResult, { status: 201 })
  scheduleMeeting(@Body() body: ScheduleMeetingBody, @Caller() caller: AuthenticatedUser, @CommandMeta() context: CommandContext) {
    return this.commandBus.execute(new ScheduleMeetingCommand(caller, context, { ...body }));
  }

  @Post(':meetingId/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a meeting' })
  @Answers(MeetingCommandResult)
  @ApiConflictResponse({ description: 'Already cancelled or already held.' })
  cancelMeeting(
    @Param() { meetingId }: MeetingParams,
    @Body() body: CancelMeetingBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    return this.commandBus.execute(new CancelMeetingCommand(caller, context, { meetingId, ...body }, expectedRevision));
  }

  @Post(':meetingId/held')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Mark a meeting held (on its date, not later than today), with the agencies present: each case heard there takes them',
  })
  @Answers(MeetingCommandResult)
  @ApiConflictResponse({ description: "Cancelled, already held, or the meeting's date is later than today." })
  markHeld(
    @Param() { meetingId }: MeetingParams,
    @Body() body: MarkMeetingHeldBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    return this.commandBus.execute(
      new MarkMeetingHeldCommand(caller, context, { meetingId, agenciesPresent: body.agenciesPresent }, expectedRevision),
    );
  }

  @Post(':meetingId/agenda')
  @HttpCode(200)
  @ApiOperation({ summary: "List a case on the meeting's agenda (relists a case awaiting relisting)" })
  @Answers(CaseCommandResult, { description: "The case after listing; ETag is the case's revision." })
  @ApiConflictResponse({ description: 'Meeting cancelled, of another MARAC, case closed or already listed.' })
  list(
    @Param() { meetingId }: MeetingParams,
    @Body() body: ListCaseBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    return this.commandBus.execute(new ListCaseForMeetingCommand(caller, context, { meetingId, caseId: body.caseId }, expectedRevision));
  }

  @Get(':meetingId/agenda')
  @AuditRecordAccess<MeetingAgenda>({
    kind: 'marac_meeting_agenda',
    recordParam: 'meetingId',
    noteOf: (agenda) => ({
      partnershipId: agenda.partnershipId,
      subjectIds: agenda.cases.flatMap((item) => (item.victimPersonId ? [item.victimPersonId] : [])),
    }),
  })
  @ApiOperation({
    summary: 'The agenda: cases listed with risk band, repeat flag, referring agency and outstanding actions (names victims: audited)',
  })
  @Answers(MeetingAgenda)
  readAgenda(
    @Param() { meetingId }: MeetingParams,
    @Query() query: AsOfQuery,
    @Caller() caller: AuthenticatedUser,
  ): Promise<MeetingAgenda> {
    return this.queryBus.execute(new GetMeetingAgendaQuery(caller, { meetingId, asOf: query.asOf ?? todayInLondon(new Date()) }));
  }
}
