import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
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
import { AuditRecordAccess, Caller, Roles, type AuthenticatedUser } from '@app/access';
import type { CommandContext } from '@app/event-store';
import { CommandMeta } from '@app/http';
import { FindPeopleQuery } from '../application/find-people/find-people.query.js';
import { GetPersonQuery } from '../application/get-person/get-person.query.js';
import { MergePersonCommand, UnmergePersonCommand } from '../application/merge-person/merge-person.command.js';
import { RegisterPersonCommand } from '../application/register-person/register-person.command.js';
import {
  MergePersonBody,
  PersonMergeResponse,
  PersonParams,
  PersonResponse,
  RegisterPersonBody,
  RegisterPersonResponse,
  SearchPeopleBody,
  SearchPeopleResponse,
  UnmergePersonBody,
} from './people.dto.js';

@ApiTags('People')
@ApiBadRequestResponse({ description: 'Invalid body (each field named) (problem+json).' })
@ApiNotFoundResponse({ description: 'No such person in your partnerships (the same answer for another partnership’s person).' })
@Controller('people')
export class PeopleController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('coordinator', 'iom-lead', 'asb-caseworker')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retrying with the same key registers the person once.' })
  @ApiOperation({ summary: 'Register a person in a partnership (search first: a close match is a 409 with the candidates’ ids)' })
  @ApiCreatedResponse({ type: RegisterPersonResponse })
  @ApiConflictResponse({ description: 'Closely matches people already recorded (`candidates`), unless newPerson: true.' })
  register(@Body() body: RegisterPersonBody, @Caller() caller: AuthenticatedUser, @CommandMeta() context: CommandContext) {
    const input = { partnershipId: body.partnershipId, identity: identityOf(body.identity), newPerson: body.newPerson };
    return this.commandBus.execute(new RegisterPersonCommand(caller, context, input));
  }

  @Post('search')
  @HttpCode(200)
  @Roles('coordinator', 'iom-lead', 'asb-caseworker')
  @ApiOperation({
    summary: 'Search people of your partnerships by name (slips tolerated), date of birth and postcode (terms in the body, never the URL)',
  })
  @ApiOkResponse({ type: SearchPeopleResponse, description: 'Best first. Audited with the kinds of term searched, never the terms.' })
  search(@Body() body: SearchPeopleBody, @Caller() caller: AuthenticatedUser) {
    return this.queryBus.execute(new FindPeopleQuery(caller, { ...body }));
  }

  @Get(':personId')
  @Roles('coordinator', 'iom-lead', 'asb-caseworker')
  @AuditRecordAccess({ kind: 'person', subjectParam: 'personId' })
  @ApiOperation({ summary: 'A person record (a merged record answers as the person it was merged into)' })
  @ApiOkResponse({ type: PersonResponse })
  read(@Param() { personId }: PersonParams, @Caller() caller: AuthenticatedUser) {
    return this.queryBus.execute(new GetPersonQuery(caller, { personId }));
  }

  @Post(':personId/merge')
  @HttpCode(200)
  @Roles('coordinator', 'iom-lead', 'asb-caseworker', 'admin')
  @ApiOperation({ summary: 'Merge a duplicate record into the record of the same person (same partnership); audited' })
  @ApiOkResponse({ type: PersonMergeResponse })
  @ApiConflictResponse({ description: 'Already merged, or the merge would make a person part of itself.' })
  merge(
    @Param() { personId }: PersonParams,
    @Body() body: MergePersonBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
  ) {
    return this.commandBus.execute(
      new MergePersonCommand(caller, context, { personId, intoPersonId: body.intoPersonId, reason: body.reason }),
    );
  }

  @Post(':personId/unmerge')
  @HttpCode(200)
  @Roles('coordinator', 'iom-lead', 'asb-caseworker', 'admin')
  @ApiOperation({ summary: 'Undo the merge of a record: it is its own person again; audited' })
  @ApiOkResponse({ type: PersonMergeResponse })
  @ApiConflictResponse({ description: 'The record is not merged.' })
  unmerge(
    @Param() { personId }: PersonParams,
    @Body() body: UnmergePersonBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
  ) {
    return this.commandBus.execute(new UnmergePersonCommand(caller, context, { personId, reason: body.reason }));
  }
}

/** The body's identity as plain values (class instances stay out of the commands). */
export function identityOf(body: RegisterPersonBody['identity']) {
  return {
    fullName: body.fullName,
    aliases: body.aliases,
    dateOfBirth: body.dateOfBirth,
    sex: body.sex,
    addresses: body.addresses?.map(({ address, postcode }) => ({ address, postcode })),
    phones: body.phones,
    emails: body.emails,
  };
}
