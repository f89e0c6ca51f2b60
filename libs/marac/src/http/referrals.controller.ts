import { Body, Controller, HttpCode, Param, Post, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditRecordAccess, Caller, Roles, type AuthenticatedUser } from '@app/access';
import type { CommandContext } from '@app/event-store';
import { Answers, CommandMeta, RevisionETagInterceptor } from '@app/http';
import { PoliceCallOutResult, RecordPoliceCallOutCommand } from '../application/record-police-call-out/record-police-call-out.command.js';
import { ReferCaseCommand, ReferCaseResult } from '../application/refer-case/refer-case.command.js';
import { PoliceCallOutBody } from './case-commands.dto.js';
import { VictimParams } from './params.dto.js';
import { ReferCaseBody } from './referral.dto.js';

@ApiTags('MARAC')
@ApiBadRequestResponse({ description: 'Invalid body (each field named) or a rule of the referral broken (problem+json).' })
@Roles('coordinator')
@UseInterceptors(RevisionETagInterceptor)
@Controller('marac')
export class ReferralsController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('referrals')
  @HttpCode(201)
  @AuditRecordAccess({ kind: 'marac_case' })
  @ApiOperation({ summary: 'Refer a case to a MARAC (decides whether it is a repeat from the victim’s history)' })
  @Answers(ReferCaseResult, { status: 201, description: 'The case; ETag is its stream revision.' })
  @ApiConflictResponse({
    description:
      "A referral dated before the victim's latest one; or a new person closely matching people already recorded (`candidates`: their ids; `about`: which person), unless newPerson: true.",
  })
  @ApiNotFoundResponse({ description: 'Not one of your partnerships, no such MARAC in it, or no such person in it.' })
  refer(
    @Body() body: ReferCaseBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
  ): Promise<ReferCaseResult> {
    const input = {
      partnershipId: body.partnershipId,
      maracId: body.maracId,
      referralDate: body.referralDate,
      referringAgency: body.referringAgency,
      criterion: body.criterion,
      victim: {
        personId: body.victim.personId,
        details: body.victim.details ? { ...body.victim.details } : undefined,
        newPerson: body.victim.newPerson,
        profile: { ...body.victim.profile },
      },
      perpetrators: body.perpetrators.map((p) => ({
        personId: p.personId,
        relationship: p.relationship,
        details: p.details ? { ...p.details } : undefined,
        newPerson: p.newPerson,
      })),
      dash: body.dash
        ? { assessedOn: body.dash.assessedOn, answers: body.dash.answers, override: body.dash.override ? { ...body.dash.override } : null }
        : null,
    };
    return this.commandBus.execute(new ReferCaseCommand(caller, context, input));
  }

  @Post('victims/:personId/police-call-outs')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a police call-out to a victim (counted for potential escalation)' })
  @Answers(PoliceCallOutResult, { status: 201 })
  @ApiConflictResponse({ description: 'The same call-out id recorded twice.' })
  @ApiNotFoundResponse({ description: 'No such person in your partnerships (the victim must be a person record: POST /people/search).' })
  policeCallOut(
    @Param() { personId }: VictimParams,
    @Body() body: PoliceCallOutBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
  ) {
    const input = { partnershipId: body.partnershipId, personId, callOutId: body.callOutId, date: body.date };
    return this.commandBus.execute(new RecordPoliceCallOutCommand(caller, context, input));
  }
}
