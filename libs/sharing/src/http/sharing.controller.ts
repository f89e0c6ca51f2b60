import { Body, Controller, Get, HttpCode, Param, Post, Put, UseInterceptors } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditRecordAccess, Caller, Roles, type AuthenticatedUser } from '@app/access';
import type { CommandContext } from '@app/event-store';
import { Answers, CommandMeta, ExpectedRevision, RevisionETagInterceptor } from '@app/http';
import { GetPersonSharingQuery, PersonSharing } from '../application/get-person-sharing/get-person-sharing.query.js';
import { GetSharingDefaultsQuery, SharingDefaultsView } from '../application/get-sharing-defaults/get-sharing-defaults.query.js';
import { RecordSharingCommand, SharingChangeResult, type SharingChange } from '../application/record-sharing/record-sharing.command.js';
import { SetSharingDefaultCommand } from '../application/set-sharing-default/set-sharing-default.command.js';
import { SHARING_ROLES } from '../application/sharing-streams.js';
import {
  DecideSharingWithoutConsentBody,
  RecordConsentBody,
  RecordShareBody,
  SetSharingDefaultBody,
  SharingDefaultParams,
  SharingPartnershipParams,
  SharingPersonParams,
} from './sharing.dto.js';

/** Consent and the basis for sharing, per person, agency and purpose; the partnership's default bases. */
@ApiTags('Consent and sharing')
@UseInterceptors(RevisionETagInterceptor)
@Controller('sharing')
export class SharingController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  private record(caller: AuthenticatedUser, context: CommandContext, personId: string, change: SharingChange, expectedRevision?: number) {
    return this.commandBus.execute(new RecordSharingCommand(caller, context, { personId, change }, expectedRevision));
  }

  @Post('people/:personId/consent')
  @HttpCode(201)
  @Roles(...SHARING_ROLES)
  @ApiOperation({ summary: "Record a person's consent to sharing with an agency for a purpose: given, refused or withdrawn (date, how)" })
  @Answers(SharingChangeResult, { status: 201 })
  @ApiNotFoundResponse({ description: 'There is no such person (in your partnerships).' })
  @ApiConflictResponse({ description: 'Withdrawing consent never given, or dated before the decision recorded.' })
  consent(
    @Param() { personId }: SharingPersonParams,
    @Body() body: RecordConsentBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ): Promise<SharingChangeResult> {
    return this.record(caller, context, personId, { type: 'RecordConsent', ...body }, expectedRevision);
  }

  @Post('people/:personId/decisions')
  @HttpCode(201)
  @Roles(...SHARING_ROLES)
  @ApiOperation({ summary: 'Record a decision to share without consent with an agency for a purpose, on a lawful basis, and who decided' })
  @Answers(SharingChangeResult, { status: 201 })
  @ApiNotFoundResponse({ description: 'There is no such person (in your partnerships).' })
  @ApiConflictResponse({ description: 'Dated before the decision recorded.' })
  decide(
    @Param() { personId }: SharingPersonParams,
    @Body() body: DecideSharingWithoutConsentBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ): Promise<SharingChangeResult> {
    return this.record(caller, context, personId, { type: 'DecideSharingWithoutConsent', ...body }, expectedRevision);
  }

  @Post('people/:personId/shares')
  @HttpCode(201)
  @Roles(...SHARING_ROLES)
  @ApiOperation({ summary: "Record that a person's information was shared with an agency: refused without consent or a basis" })
  @Answers(SharingChangeResult, { status: 201 })
  @ApiNotFoundResponse({ description: 'There is no such person (in your partnerships).' })
  @ApiConflictResponse({
    description: "Neither the person's consent nor a lawful basis (theirs, or the partnership's default) for the agency and purpose.",
  })
  share(
    @Param() { personId }: SharingPersonParams,
    @Body() body: RecordShareBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ): Promise<SharingChangeResult> {
    return this.record(caller, context, personId, { type: 'RecordShare', ...body }, expectedRevision);
  }

  @Get('people/:personId')
  @Roles(...SHARING_ROLES)
  @AuditRecordAccess({ kind: 'sharing', subjectParam: 'personId' })
  @ApiOperation({
    summary: "A person's consent and bases for sharing per agency and purpose, the partnership's defaults, the shares recorded",
  })
  @Answers(PersonSharing)
  @ApiNotFoundResponse({ description: 'There is no such person (in your partnerships).' })
  read(@Param() { personId }: SharingPersonParams, @Caller() caller: AuthenticatedUser): Promise<PersonSharing> {
    return this.queryBus.execute(new GetPersonSharingQuery(caller, { personId }));
  }

  @Get('partnerships/:partnershipId/defaults')
  @Roles(...SHARING_ROLES)
  @ApiOperation({ summary: "The partnership's default basis for sharing without consent, per purpose" })
  @Answers(SharingDefaultsView)
  @ApiNotFoundResponse({ description: 'Not one of your partnerships.' })
  defaults(@Param() { partnershipId }: SharingPartnershipParams, @Caller() caller: AuthenticatedUser): Promise<SharingDefaultsView> {
    return this.queryBus.execute(new GetSharingDefaultsQuery(caller, { partnershipId }));
  }

  @Put('partnerships/:partnershipId/defaults/:purpose')
  @Roles('admin')
  @ApiOperation({ summary: "Set (or clear, with null) the partnership's default basis for sharing without consent for a purpose" })
  @Answers(SharingDefaultsView)
  @ApiNotFoundResponse({ description: 'Not one of your partnerships.' })
  setDefault(
    @Param() { partnershipId, purpose }: SharingDefaultParams,
    @Body() body: SetSharingDefaultBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ): Promise<SharingDefaultsView> {
    return this.commandBus.execute(
      new SetSharingDefaultCommand(caller, context, { partnershipId, purpose, basis: body.basis }, expectedRevision),
    );
  }
}
