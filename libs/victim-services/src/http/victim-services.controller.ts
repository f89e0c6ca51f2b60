import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Res, UseInterceptors } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiConflictResponse,
  ApiExtraModels,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';
import { AuditRecordAccess, Caller, Roles, seesDepersonalisedOnly, type AuthenticatedUser } from '@app/access';
import { PERIOD_FORMS, resolvePeriodQuery, todayInLondon, WHOLE_PERIOD_FORMS } from '@app/periods';
import type { CommandContext } from '@app/event-store';
import { Answers, CommandMeta, ExpectedRevision, RevisionETagInterceptor } from '@app/http';
import { VsCaseResult } from '../application/case-commands/case-commands.js';
import {
  GetQuarterlyTableQuery,
  QuarterlyTable,
  type TableCellView,
} from '../application/get-quarterly-table/get-quarterly-table.query.js';
import { DistanceTravelledReport, GetDistanceTravelledQuery } from '../application/get-distance-travelled/get-distance-travelled.query.js';
import { ListDepersonalisedVsCasesQuery } from '../application/list-depersonalised-cases/list-depersonalised-cases.query.js';
import { DepersonalisedVsCasePage } from '../read-models/depersonalised-vs-cases.reader.js';
import { ListVsCasesQuery, VsCaseList } from '../application/list-cases/list-cases.query.js';
import { ReferVictimCommand } from '../application/refer-victim/refer-victim.command.js';
import { RegisterServiceCommand, VictimServiceRegistration } from '../application/register-service/register-service.command.js';
import { ServiceAims, SetServiceAimsCommand } from '../application/set-service-aims/set-service-aims.command.js';
import {
  DepersonalisedVsCasesQueryDto,
  DistanceTravelledQueryDto,
  QuarterlyTableQueryDto,
  ReferVictimBody,
  RegisterServiceBody,
  ServiceParams,
  ServiceYearParams,
  SetServiceAimsBody,
} from './victim-services.dto.js';

/** Victim services: the registry (admins), aims (service managers, admins) and the quarterly table. */
@ApiTags('Victim services')
@UseInterceptors(RevisionETagInterceptor)
@Controller('victim-services')
export class VictimServicesController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('admin')
  @ApiOperation({ summary: 'Register a victim service (ASB support, IDVA, group programme) under one of your partnerships' })
  @Answers(VictimServiceRegistration, { status: 201, description: 'ETag is the service stream revision.' })
  @ApiNotFoundResponse({ description: 'Not one of your partnerships.' })
  @ApiConflictResponse({ description: 'A service with this id is already registered.' })
  register(
    @Body() body: RegisterServiceBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
  ): Promise<VictimServiceRegistration> {
    return this.commandBus.execute(new RegisterServiceCommand(caller, context, { ...body }));
  }

  @Put(':serviceId/aims/:financialYear')
  @Roles('service-manager', 'admin')
  @ApiOperation({ summary: "Set a financial year's annual aims of a service, by table row name (replaces that year's aims)" })
  @Answers(ServiceAims)
  @ApiNotFoundResponse({ description: 'There is no such victim service.' })
  setAims(
    @Param() { serviceId, financialYear }: ServiceYearParams,
    @Body() body: SetServiceAimsBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ): Promise<ServiceAims> {
    return this.commandBus.execute(
      new SetServiceAimsCommand(caller, context, { serviceId, financialYear, aims: body.aims }, expectedRevision),
    );
  }

  @Post(':serviceId/referrals')
  @HttpCode(201)
  @Roles('asb-caseworker')
  @ApiOperation({ summary: 'Refer a victim (a person record of the partnership) to the service' })
  @Answers(VsCaseResult, { status: 201 })
  @ApiNotFoundResponse({ description: 'There is no such victim service, or no such person.' })
  refer(
    @Param() { serviceId }: ServiceParams,
    @Body() body: ReferVictimBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
  ): Promise<VsCaseResult> {
    return this.commandBus.execute(
      new ReferVictimCommand(caller, context, {
        serviceId,
        personId: body.personId,
        referralDate: body.referralDate,
        referringPartner: body.referringPartner,
        asbCategory: body.asbCategory,
        behaviourTypes: body.behaviourTypes,
        location: body.location,
        perpetratorPersonIds: body.perpetratorPersonIds ?? [],
      }),
    );
  }

  @Get(':serviceId/cases')
  @Roles('asb-caseworker')
  // The list names the victims of the open cases: each read is audited, with the basis it stood on.
  @AuditRecordAccess({ kind: 'vs_case_list', recordParam: 'serviceId' })
  @ApiOperation({ summary: "The service's open cases: risk level, reassessment due (and overdue), Case Review notice due, last contact" })
  @Answers(VsCaseList)
  @ApiNotFoundResponse({ description: 'There is no such victim service.' })
  cases(@Param() { serviceId }: ServiceParams, @Caller() caller: AuthenticatedUser): Promise<VsCaseList> {
    return this.queryBus.execute(new ListVsCasesQuery(caller, { serviceId, today: todayInLondon(new Date()) }));
  }

  @Get(':serviceId/cases/depersonalised')
  @Roles('analyst')
  @ApiOperation({
    summary:
      "Analysts' case-level data: the service's cases referred in the period, pseudonymous ids, months, codes, risk level, repeat victim, closure, survey, improved; no personal data",
  })
  @Answers(DepersonalisedVsCasePage)
  @ApiNotFoundResponse({ description: 'There is no such victim service.' })
  depersonalisedCases(
    @Param() { serviceId }: ServiceParams,
    @Query() query: DepersonalisedVsCasesQueryDto,
    @Caller() caller: AuthenticatedUser,
  ): Promise<DepersonalisedVsCasePage> {
    const { from, to } = resolvePeriodQuery(query, WHOLE_PERIOD_FORMS);
    return this.queryBus.execute(
      new ListDepersonalisedVsCasesQuery(caller, { serviceId, range: { from, to }, page: query.page, pageSize: query.pageSize }),
    );
  }

  @Get(':serviceId/distance-travelled')
  @Roles('service-manager', 'admin', 'analyst')
  @ApiOperation({
    summary:
      'Distance travelled of the cases closed in a period: per Outcome Star domain the average first and last score and the average change; the share of cases improved',
  })
  @Answers(DistanceTravelledReport, {
    description: 'Analysts: a financial year or quarter only, small counts and the averages over them suppressed.',
  })
  @ApiNotFoundResponse({ description: 'There is no such victim service.' })
  distanceTravelled(
    @Param() { serviceId }: ServiceParams,
    @Query() query: DistanceTravelledQueryDto,
    @Caller() caller: AuthenticatedUser,
  ): Promise<DistanceTravelledReport> {
    const period = resolvePeriodQuery(query, seesDepersonalisedOnly(caller) ? WHOLE_PERIOD_FORMS : PERIOD_FORMS);
    return this.queryBus.execute(new GetDistanceTravelledQuery(caller, { serviceId, period }));
  }

  @Get(':serviceId/quarterly-table')
  @Roles('service-manager', 'admin', 'analyst')
  @ApiOperation({
    summary: 'The quarterly table of a financial year against its aims (JSON, or CSV with Accept: text/csv or ?format=csv)',
    description:
      "Every row declares its kind: flow (Year = sum of quarters), snapshot (Year = value on the last day), distinct (people once over the period), ratio (from the period's own counts, null over 0). Analysts get the published view.",
  })
  @ApiExtraModels(QuarterlyTable)
  @ApiOkResponse({
    description: 'The table; as CSV one line per row: section, name, label, kind, Q1-Q4, aim, year, status.',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(QuarterlyTable) } },
      'text/csv': {
        schema: {
          type: 'string',
          example: 'section,name,label,kind,Q1,Q2,Q3,Q4,aim,year,status\nactivity,new_referrals,New referrals,flow,7,17,10,8,,42,no-aim\n',
        },
      },
    },
  })
  @ApiNotFoundResponse({ description: 'There is no such victim service.' })
  async quarterlyTable(
    @Param() { serviceId }: ServiceParams,
    @Query() query: QuarterlyTableQueryDto,
    @Caller() caller: AuthenticatedUser,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const table = await this.queryBus.execute(new GetQuarterlyTableQuery(caller, { serviceId, financialYear: query.financialYear }));
    const wantsCsv = query.format === 'csv' || (query.format === undefined && /text\/csv/.test(accept ?? ''));
    if (!wantsCsv) return table;
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="quarterly-table-${serviceId}-${query.financialYear}.csv"`);
    const text = (cell: TableCellView) =>
      cell.numerator === null
        ? (cell.value ?? '')
        : `${cell.value === null ? 'n/a' : cell.value}${typeof cell.value === 'number' ? '%' : ''} (${cell.numerator}/${cell.denominator})`;
    return stringify(
      table.rows.map((row) => [
        row.section,
        row.name,
        row.label,
        row.kind,
        ...row.quarters.map(text),
        row.aim ?? '',
        text(row.year),
        row.status,
      ]),
      { header: true, columns: ['section', 'name', 'label', 'kind', 'Q1', 'Q2', 'Q3', 'Q4', 'aim', 'year', 'status'] },
    );
  }
}
