import { Controller, Delete, HttpCode, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiNoContentResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, Roles, type AuthenticatedUser } from '@app/access';
import { RemoveAlertRecipientCommand } from '../application/remove-alert-recipient/remove-alert-recipient.command.js';
import { AlertRecipientParams } from './alerts.dto.js';

/** What alert e-mails keep about users (from their tokens): an admin removes one at once. */
@ApiTags('Alerts')
@Controller('alert-recipients')
export class AlertRecipientsController {
  constructor(private readonly commandBus: CommandBus) {}

  @Delete(':userId')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Delete what alert e-mails keep about a user of one of my partnerships (address, roles, teams, partnerships from their token); audited',
  })
  @ApiNoContentResponse({ description: 'Deleted: no alert e-mail goes to them until they open their alerts again.' })
  @ApiNotFoundResponse({ description: 'No such recipient in your partnerships.' })
  async remove(@Param() { userId }: AlertRecipientParams, @Caller() caller: AuthenticatedUser): Promise<void> {
    await this.commandBus.execute(new RemoveAlertRecipientCommand(caller, { userId }));
  }
}
