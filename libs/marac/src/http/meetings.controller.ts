import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuditRecordAccess, noteAudit, Roles } from '@app/access';
import { commandContext, expectedRevisionOf, setRevision } from '@app/http';
import { todayInLondon } from '@app/periods';
import { CancelMeetingService } from '../application/cancel-meeting.service.js';
import { ListCaseForMeetingService } from '../application/list-case-for-meeting.service.js';
import { ScheduleMeetingService } from '../application/schedule-meeting.service.js';
import { MeetingAgendaQuery, type MeetingAgenda } from '../read-models/meeting-agenda.query.js';
import { CancelMeetingBody, CaseCommandResponse, ListCaseBody, MeetingCommandResponse, ScheduleMeetingBody } from './case-commands.dto.js';
import { AsOfQuery } from './queries.dto.js';
import { MeetingAgendaResponse } from './responses.dto.js';
import { callerOf } from './validation.js';

@ApiTags('MARAC')
@ApiHeader({ name: 'Idempotency-Key', required: false })
@ApiBadRequestResponse({ description: 'Invalid body or parameters (problem+json).' })
@ApiNotFoundResponse({ description: 'No such meeting or case (or not in your partnerships).' })
@Roles('coordinator')
@Controller('marac/meetings')
export class MeetingsController {
  constructor(
    private readonly schedule: ScheduleMeetingService,
    private readonly cancel: CancelMeetingService,
    private readonly listCase: ListCaseForMeetingService,
    private readonly agenda: MeetingAgendaQuery,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Schedule a MARAC meeting' })
  @ApiCreatedResponse({ type: MeetingCommandResponse })
  async scheduleMeeting(@Body() body: ScheduleMeetingBody, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const result = await this.schedule.execute(callerOf(request), commandContext(request, body.partnershipId), { ...body });
    setRevision(response, result.revision);
    return result;
  }

  @Post(':meetingId/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a meeting' })
  @ApiOkResponse({ type: MeetingCommandResponse })
  @ApiConflictResponse({ description: 'Already cancelled or already held.' })
  async cancelMeeting(
    @Param('meetingId', ParseUUIDPipe) meetingId: string,
    @Body() body: CancelMeetingBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const result = await this.cancel.execute(callerOf(request), commandContext(request), { meetingId, ...body }, expectedRevisionOf(request));
    setRevision(response, result.revision);
    return result;
  }

  @Post(':meetingId/agenda')
  @HttpCode(200)
  @ApiOperation({ summary: "List a case on the meeting's agenda (relists a case awaiting relisting)" })
  @ApiOkResponse({ type: CaseCommandResponse, description: "The case after listing; ETag is the case's revision." })
  @ApiConflictResponse({ description: 'Meeting cancelled, of another MARAC, case closed or already listed.' })
  async list(
    @Param('meetingId', ParseUUIDPipe) meetingId: string,
    @Body() body: ListCaseBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const result = await this.listCase.execute(callerOf(request), commandContext(request), { meetingId, caseId: body.caseId }, expectedRevisionOf(request));
    setRevision(response, result.revision);
    return result;
  }

  @Get(':meetingId/agenda')
  @AuditRecordAccess({ kind: 'marac_meeting_agenda', recordParam: 'meetingId' })
  @ApiOperation({ summary: 'The agenda: cases listed with risk band, repeat flag, referring agency and outstanding actions (names victims: audited)' })
  @ApiOkResponse({ type: MeetingAgendaResponse })
  async readAgenda(@Param('meetingId', ParseUUIDPipe) meetingId: string, @Query() query: AsOfQuery, @Req() request: Request): Promise<MeetingAgenda> {
    const agenda = await this.agenda.execute(callerOf(request), meetingId, query.asOf ?? todayInLondon(new Date()));
    noteAudit(request, {
      partnershipId: agenda.partnershipId,
      subjectIds: agenda.cases.flatMap((item) => (item.victimPersonId ? [item.victimPersonId] : [])),
    });
    return agenda;
  }
}
