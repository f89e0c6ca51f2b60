import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { noteAudit, Roles } from '@app/access';
import { deriveId } from '@app/event-store';
import { commandContext, setRevision } from '@app/http';
import { RecordPoliceCallOutService } from '../application/record-police-call-out.service.js';
import { ReferCaseService } from '../application/refer-case.service.js';
import { PoliceCallOutBody, PoliceCallOutResponse } from './case-commands.dto.js';
import { ReferCaseBody, ReferCaseResponse } from './referral.dto.js';
import { callerOf } from './validation.js';

@ApiTags('MARAC')
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retrying with the same key refers the case once.' })
@ApiBadRequestResponse({ description: 'Invalid body (each field named) or a rule of the referral broken (problem+json).' })
@Roles('coordinator')
@Controller('marac')
export class ReferralsController {
  constructor(
    private readonly referCase: ReferCaseService,
    private readonly recordPoliceCallOut: RecordPoliceCallOutService,
  ) {}

  @Post('referrals')
  @HttpCode(201)
  @ApiOperation({ summary: 'Refer a case to a MARAC (decides whether it is a repeat from the victim’s history)' })
  @ApiCreatedResponse({ type: ReferCaseResponse, description: 'The case; ETag is its stream revision.' })
  @ApiConflictResponse({ description: "A referral dated before the victim's latest one." })
  async refer(@Body() body: ReferCaseBody, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<ReferCaseResponse> {
    const result = await this.referCase.execute(callerOf(request), commandContext(request, body.partnershipId), {
      partnershipId: body.partnershipId,
      maracId: body.maracId,
      referralDate: body.referralDate,
      referringAgency: body.referringAgency,
      criterion: body.criterion,
      victim: { personId: body.victim.personId, details: { ...body.victim.details }, profile: { ...body.victim.profile } },
      perpetrators: body.perpetrators.map((p) => ({ personId: p.personId, relationship: p.relationship, details: { ...p.details } })),
      dash: body.dash ? { assessedOn: body.dash.assessedOn, answers: body.dash.answers, override: body.dash.override ? { ...body.dash.override } : null } : null,
    });
    noteAudit(request, {
      recordKind: 'marac_case',
      recordId: result.caseId,
      subjectIds: [result.personId, ...body.perpetrators.map((p) => p.personId)],
      partnershipId: body.partnershipId,
    });
    setRevision(response, result.revision);
    return result;
  }

  @Post('victims/:personId/police-call-outs')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a police call-out to a victim (counted for potential escalation)' })
  @ApiCreatedResponse({ type: PoliceCallOutResponse })
  @ApiConflictResponse({ description: 'The same call-out id recorded twice.' })
  async policeCallOut(
    @Param('personId', ParseUUIDPipe) personId: string,
    @Body() body: PoliceCallOutBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PoliceCallOutResponse> {
    const context = commandContext(request, body.partnershipId);
    const result = await this.recordPoliceCallOut.execute(callerOf(request), context, {
      partnershipId: body.partnershipId,
      personId,
      callOutId: body.callOutId ?? deriveId(context.commandId, 'call-out'),
      date: body.date,
    });
    setRevision(response, result.revision);
    return result;
  }
}

