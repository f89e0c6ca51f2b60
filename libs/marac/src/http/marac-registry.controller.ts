import { Body, Controller, Get, HttpCode, Param, Patch, Post, UseInterceptors } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, Roles, type AuthenticatedUser } from '@app/access';
import type { CommandContext } from '@app/event-store';
import { Answers, CommandMeta, ExpectedRevision, RevisionETagInterceptor } from '@app/http';
import { ListMaracsQuery } from '../application/list-maracs/list-maracs.query.js';
import { OverrideMaracSettingsCommand, MaracOverrides } from '../application/override-marac-settings/override-marac-settings.command.js';
import { MaracRegistration, RegisterMaracCommand } from '../application/register-marac/register-marac.command.js';
import { RenameMaracCommand } from '../application/rename-marac/rename-marac.command.js';
import { MaracParams } from './params.dto.js';
import { MaracOverridesBody, RegisterMaracBody, RenameMaracBody } from './registry.dto.js';
import { MaracList } from '../read-models/marac-panels.reader.js';

const overrideChanges = ({ repeatBandLow, repeatBandHigh, adultFemalePopulation }: MaracOverridesBody) => ({
  repeatBandLow,
  repeatBandHigh,
  adultFemalePopulation,
});

/** The MARAC registry: a MARAC is registered by an admin before referrals and meetings name it. */
@ApiTags('MARAC registry')
@ApiBadRequestResponse({ description: 'Invalid body (each field named) or settings out of range (problem+json).' })
@UseInterceptors(RevisionETagInterceptor)
@Controller('maracs')
export class MaracRegistryController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('admin')
  @ApiOperation({ summary: 'Register a MARAC under one of your partnerships (optionally with its own band or population)' })
  @Answers(MaracRegistration, { status: 201, description: 'ETag is the registry stream revision.' })
  @ApiNotFoundResponse({ description: 'Not one of your partnerships.' })
  @ApiConflictResponse({ description: 'A MARAC with this id is already registered.' })
  register(
    @Body() body: RegisterMaracBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
  ): Promise<MaracRegistration> {
    const overrides = body.overrides && { effectiveFrom: body.overrides.effectiveFrom, changes: overrideChanges(body.overrides) };
    return this.commandBus.execute(
      new RegisterMaracCommand(caller, context, { maracId: body.maracId, partnershipId: body.partnershipId, name: body.name, overrides }),
    );
  }

  @Get()
  @Roles('admin', 'coordinator', 'analyst')
  @ApiOperation({ summary: 'The MARACs registered in your partnerships, by partnership and name' })
  @Answers(MaracList)
  list(@Caller() caller: AuthenticatedUser) {
    return this.queryBus.execute(new ListMaracsQuery(caller, {}));
  }

  @Patch(':maracId')
  @Roles('admin')
  @ApiOperation({ summary: 'Rename a MARAC (the upgrade registers the MARACs earlier records named under their ids)' })
  @Answers(MaracRegistration)
  @ApiNotFoundResponse({ description: 'There is no such MARAC.' })
  rename(
    @Param() { maracId }: MaracParams,
    @Body() body: RenameMaracBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ): Promise<MaracRegistration> {
    return this.commandBus.execute(new RenameMaracCommand(caller, context, { maracId, name: body.name }, expectedRevision));
  }

  @Patch(':maracId/settings')
  @Roles('admin')
  @ApiOperation({ summary: "Give the MARAC its own band (both ends) or population over its partnership's, from a given day on" })
  @Answers(MaracOverrides)
  @ApiNotFoundResponse({ description: 'There is no such MARAC.' })
  overrideSettings(
    @Param() { maracId }: MaracParams,
    @Body() body: MaracOverridesBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ): Promise<MaracOverrides> {
    return this.commandBus.execute(
      new OverrideMaracSettingsCommand(
        caller,
        context,
        { maracId, effectiveFrom: body.effectiveFrom, changes: overrideChanges(body) },
        expectedRevision,
      ),
    );
  }
}
