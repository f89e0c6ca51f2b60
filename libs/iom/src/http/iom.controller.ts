import { Body, Controller, Get, HttpCode, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditRecordAccess, Caller, Roles, type AuthenticatedUser } from '@app/access';
import type { CommandContext } from '@app/event-store';
import { Answers, CommandMeta, ExpectedRevision, RevisionETagInterceptor } from '@app/http';
import { AdoptOffenderCommand } from '../application/adopt-offender/adopt-offender.command.js';
import { ChangeOffenderStatusCommand } from '../application/change-offender-status/change-offender-status.command.js';
import { ChangeOffenderStrandCommand } from '../application/change-offender-strand/change-offender-strand.command.js';
import { ExitOffenderCommand } from '../application/exit-offender/exit-offender.command.js';
import { GetCohortMeasuresQuery } from '../application/get-cohort-measures/get-cohort-measures.query.js';
import { GetCohortQuery } from '../application/get-cohort/get-cohort.query.js';
import { GetOffenderQuery } from '../application/get-offender/get-offender.query.js';
import { OffenderRecordView } from '../application/offender-views.js';
import { MaracPerpetratorProposals } from '../application/propose-marac-perpetrators/propose-marac-perpetrators.query.js';
import { ProposeMaracPerpetratorsQuery } from '../application/propose-marac-perpetrators/propose-marac-perpetrators.query.js';
import { RecordOffenceOutcomeCommand } from '../application/record-offence-outcome/record-offence-outcome.command.js';
import { RecordOffenceCommand } from '../application/record-offence/record-offence.command.js';
import { CohortView, RegisterCohortCommand } from '../application/register-cohort/register-cohort.command.js';
import { IomMeasuresReport } from '../read-models/iom-measures.views.js';
import {
  AdoptBody,
  CohortParams,
  ExitBody,
  MeasuresQuery,
  MemberParams,
  OffenceBody,
  OffenceParams,
  OutcomeBody,
  ProposalsQuery,
  RegisterCohortBody,
  StatusBody,
  StrandBody,
} from './iom.dto.js';
import { measuresAsOf, measuresPeriod } from './measures-period.js';

/**
 * IOM cohorts: registration, adoptions, status and strand changes, offences and outcomes, exits (IOM leads),
 * and the measures (IOM leads exact; analysts whole periods only, depersonalised).
 */
@ApiTags('IOM')
@ApiBadRequestResponse({ description: 'Invalid body or parameters (problem+json, each field named).' })
@ApiNotFoundResponse({ description: 'No such cohort or person in your partnerships (another partnership’s looks the same as none).' })
@UseInterceptors(RevisionETagInterceptor)
@Controller('iom/cohorts')
export class IomCohortsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('iom-lead')
  @ApiOperation({ summary: 'Register an IOM cohort for an area of one of your partnerships, with its strands and offence categories' })
  @Answers(CohortView, { status: 201 })
  @ApiConflictResponse({ description: 'A cohort with this id is already registered.' })
  register(
    @Body() body: RegisterCohortBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
  ): Promise<CohortView> {
    return this.commandBus.execute(
      new RegisterCohortCommand(caller, context, {
        cohortId: body.cohortId,
        partnershipId: body.partnershipId,
        area: body.area,
        name: body.name,
        strands: body.strands,
        offenceCategories: body.offenceCategories?.map((category) => ({ ...category })),
        beforeAfterMonths: body.beforeAfterMonths,
      }),
    );
  }

  @Get(':cohortId')
  @Roles('iom-lead', 'analyst')
  @ApiOperation({ summary: 'A cohort: area, strands, offence categories and the before/after window' })
  @Answers(CohortView)
  cohort(@Param() { cohortId }: CohortParams, @Caller() caller: AuthenticatedUser): Promise<CohortView> {
    return this.queryBus.execute(new GetCohortQuery(caller, { cohortId }));
  }

  @Post(':cohortId/adoptions')
  @HttpCode(201)
  @Roles('iom-lead')
  @AuditRecordAccess({ kind: 'iom_offender' })
  @ApiOperation({ summary: 'Adopt a person onto the cohort (again after an exit: a new period of the same record)' })
  @Answers(OffenderRecordView, { status: 201 })
  @ApiConflictResponse({ description: 'Already on the cohort, a date later than today, or a re-adoption before the last exit.' })
  adopt(
    @Param() { cohortId }: CohortParams,
    @Body() body: AdoptBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ): Promise<OffenderRecordView> {
    const { personId, ...rest } = body;
    return this.commandBus.execute(new AdoptOffenderCommand(caller, context, { cohortId, personId, body: { ...rest } }, expectedRevision));
  }

  @Get(':cohortId/members/:personId')
  @Roles('iom-lead')
  @AuditRecordAccess({ kind: 'iom_offender', subjectParam: 'personId' })
  @ApiOperation({ summary: "A person's record on the cohort: periods, statuses, offences (every read audited)" })
  @Answers(OffenderRecordView)
  member(@Param() { cohortId, personId }: MemberParams, @Caller() caller: AuthenticatedUser): Promise<OffenderRecordView> {
    return this.queryBus.execute(new GetOffenderQuery(caller, { cohortId, personId }));
  }

  @Post(':cohortId/members/:personId/status')
  @HttpCode(200)
  @Roles('iom-lead')
  @AuditRecordAccess({ kind: 'iom_offender', subjectParam: 'personId' })
  @ApiOperation({ summary: "Record a member's status from a date on (in the community, in custody, unlawfully at large, in hospital)" })
  @Answers(OffenderRecordView)
  @ApiConflictResponse({ description: 'Not on the cohort, out of date order, later than today, or the status already held.' })
  status(
    @Param() { cohortId, personId }: MemberParams,
    @Body() body: StatusBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ): Promise<OffenderRecordView> {
    return this.commandBus.execute(
      new ChangeOffenderStatusCommand(caller, context, { cohortId, personId, body: { ...body } }, expectedRevision),
    );
  }

  @Post(':cohortId/members/:personId/strand')
  @HttpCode(200)
  @Roles('iom-lead')
  @AuditRecordAccess({ kind: 'iom_offender', subjectParam: 'personId' })
  @ApiOperation({ summary: 'Move a member to another strand of the cohort from a date on' })
  @Answers(OffenderRecordView)
  @ApiConflictResponse({ description: 'Not on the cohort, out of date order, later than today, or already in the strand.' })
  strand(
    @Param() { cohortId, personId }: MemberParams,
    @Body() body: StrandBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ): Promise<OffenderRecordView> {
    return this.commandBus.execute(
      new ChangeOffenderStrandCommand(caller, context, { cohortId, personId, body: { ...body } }, expectedRevision),
    );
  }

  @Post(':cohortId/members/:personId/offences')
  @HttpCode(201)
  @Roles('iom-lead')
  @AuditRecordAccess({ kind: 'iom_offender', subjectParam: 'personId' })
  @ApiOperation({ summary: 'Record an offence (before adoption too, for the baseline); one dated in custody is kept and flagged' })
  @Answers(OffenderRecordView, { status: 201 })
  @ApiConflictResponse({
    description: 'Never adopted, a date later than today, an outcome before the offence, or the offence id already used.',
  })
  offence(
    @Param() { cohortId, personId }: MemberParams,
    @Body() body: OffenceBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ): Promise<OffenderRecordView> {
    return this.commandBus.execute(new RecordOffenceCommand(caller, context, { cohortId, personId, body: { ...body } }, expectedRevision));
  }

  @Post(':cohortId/members/:personId/offences/:offenceId/outcome')
  @HttpCode(200)
  @Roles('iom-lead')
  @AuditRecordAccess({ kind: 'iom_offender', subjectParam: 'personId' })
  @ApiOperation({ summary: 'Record the outcome of an offence and its date (a charge can be followed by a conviction or caution)' })
  @Answers(OffenderRecordView)
  @ApiConflictResponse({ description: 'No such offence, a final outcome already, or a date out of order or later than today.' })
  outcome(
    @Param() { cohortId, personId, offenceId }: OffenceParams,
    @Body() body: OutcomeBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ): Promise<OffenderRecordView> {
    return this.commandBus.execute(
      new RecordOffenceOutcomeCommand(caller, context, { cohortId, personId, body: { offenceId, ...body } }, expectedRevision),
    );
  }

  @Post(':cohortId/members/:personId/exit')
  @HttpCode(200)
  @Roles('iom-lead')
  @AuditRecordAccess({ kind: 'iom_offender', subjectParam: 'personId' })
  @ApiOperation({ summary: "Record a member's exit: date and reason (deselected, completed, moved away, died, other)" })
  @Answers(OffenderRecordView)
  @ApiConflictResponse({ description: 'Not on the cohort, an exit before the adoption, out of date order or later than today.' })
  exit(
    @Param() { cohortId, personId }: MemberParams,
    @Body() body: ExitBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ): Promise<OffenderRecordView> {
    return this.commandBus.execute(new ExitOffenderCommand(caller, context, { cohortId, personId, body: { ...body } }, expectedRevision));
  }

  @Get(':cohortId/measures')
  @Roles('iom-lead', 'analyst')
  @ApiOperation({
    summary:
      'The measures of the cohort for a period (optionally one strand): month-end sizes and flows, who offended each month, binary rate and frequency, before/after adoption, proven reoffending; each says whom it counts and why others were left out',
  })
  @Answers(IomMeasuresReport, { description: 'Analysts: a financial year or quarter only, counts suppressed, no person ids.' })
  measures(
    @Param() { cohortId }: CohortParams,
    @Query() query: MeasuresQuery,
    @Caller() caller: AuthenticatedUser,
  ): Promise<IomMeasuresReport> {
    const period = measuresPeriod(query, caller);
    const asOf = measuresAsOf(query.asOf);
    return this.queryBus.execute(new GetCohortMeasuresQuery(caller, { cohortId, period, asOf, strand: query.strand }));
  }

  @Get(':cohortId/proposals/marac-perpetrators')
  @Roles('iom-lead')
  @ApiOperation({
    summary:
      "MARAC perpetrators of the cohort's partnership who could be proposed for a strand (e.g. domestic abuse): how many MARAC cases name each, never the victims",
  })
  @Answers(MaracPerpetratorProposals)
  proposals(
    @Param() { cohortId }: CohortParams,
    @Query() query: ProposalsQuery,
    @Caller() caller: AuthenticatedUser,
  ): Promise<MaracPerpetratorProposals> {
    return this.queryBus.execute(new ProposeMaracPerpetratorsQuery(caller, { cohortId, strand: query.strand }));
  }
}
