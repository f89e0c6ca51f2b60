import { Body, Controller, Get, Param, Patch, Query, UseInterceptors } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, Roles, type AuthenticatedUser } from '@app/access';
import type { CommandContext } from '@app/event-store';
import { Answers, CommandMeta, ExpectedRevision, RevisionETagInterceptor } from '@app/http';
import { todayInLondon } from '@app/periods';
import { SPOC_ROLE } from '../application/case-review-access.js';
import { CaseReviewSettingsView } from '../application/case-review-settings-in-force.js';
import { ChangeCaseReviewSettingsCommand } from '../application/change-case-review-settings/change-case-review-settings.command.js';
import { GetCaseReviewSettingsQuery } from '../application/get-case-review-settings/get-case-review-settings.query.js';
import type { CaseReviewSettings } from '../domain/index.js';
import { CaseReviewSettingsPatchBody, PartnershipParams, SettingsOnQuery } from './case-review.dto.js';

/** A partnership's local Case Review procedure: the threshold (never above 3), lower thresholds by behaviour, the working-day service levels. */
@ApiTags('ASB Case Review')
@ApiNotFoundResponse({ description: 'Not one of your partnerships.' })
@UseInterceptors(RevisionETagInterceptor)
@Controller('partnerships/:partnershipId/case-review-settings')
export class CaseReviewSettingsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Get()
  @Roles('admin', SPOC_ROLE)
  @ApiOperation({
    summary: "A partnership's Case Review procedure in force on a day (default today; the defaults until an admin changes them)",
  })
  @Answers(CaseReviewSettingsView)
  read(@Param() { partnershipId }: PartnershipParams, @Query() query: SettingsOnQuery, @Caller() caller: AuthenticatedUser) {
    return this.queryBus.execute(new GetCaseReviewSettingsQuery(caller, { partnershipId, on: query.on ?? todayInLondon(new Date()) }));
  }

  @Patch()
  @Roles('admin')
  @ApiOperation({
    summary:
      'Change some of the Case Review procedure from a day on (merge: the others stay); applications received from that day are decided by it',
  })
  @Answers(CaseReviewSettingsView, { description: 'The settings in force on the day the change takes effect.' })
  @ApiBadRequestResponse({ description: 'No setting named, a threshold above 3 (the statutory most), or a value out of range.' })
  change(
    @Param() { partnershipId }: PartnershipParams,
    @Body() { effectiveFrom, ...rest }: CaseReviewSettingsPatchBody,
    @Caller() caller: AuthenticatedUser,
    @CommandMeta() context: CommandContext,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    const changes = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) as Partial<CaseReviewSettings>;
    return this.commandBus.execute(
      new ChangeCaseReviewSettingsCommand(caller, context, { partnershipId, effectiveFrom, changes }, expectedRevision),
    );
  }
}
