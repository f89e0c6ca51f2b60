import { Body, Controller, HttpCode, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditRecordAccess, Caller, Roles, type AuthenticatedUser } from '@app/access';
import type { CommandContext } from '@app/event-store';
import { Answers, CommandMeta } from '@app/http';
import { ImportMaracHistoryCommand, ImportReport } from '../application/import-history/import-marac-history.command.js';
import { ImportMaracHistoryBody, ImportQuery } from './imports.dto.js';

@ApiTags('MARAC')
@Roles('admin')
@Controller('imports')
export class ImportsController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('marac')
  @HttpCode(200)
  @AuditRecordAccess({ kind: 'marac_import' })
  @ApiOperation({
    summary: "Import a partnership's past MARAC referrals and hearings from a CSV (the same commands and person matching as the API)",
    description: 'Running the same file again adds nothing; a dry run (`dryRun=true`) checks every row and writes nothing.',
  })
  @Answers(ImportReport, { description: 'What was imported, and every refused row with its number and why.' })
  @ApiBadRequestResponse({ description: 'Not CSV, or a header without the required columns or with unknown ones (nothing imported).' })
  importMarac(
    @Body() body: ImportMaracHistoryBody,
    @Query() query: ImportQuery,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
  ): Promise<ImportReport> {
    return this.commandBus.execute(
      new ImportMaracHistoryCommand(caller, context, { partnershipId: body.partnershipId, csv: body.csv, dryRun: query.dryRun ?? false }),
    );
  }
}
