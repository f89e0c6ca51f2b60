import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole, noteAudit } from '@app/access';
import { AlertListReader } from '../../read-models/alert-list.reader.js';
import { AlertRecipients } from '../email/alert-recipients.js';
import { ALERT_ROLES, PARTNERSHIP_NOT_FOUND } from '../alert-access.js';
import { ListAlertsQuery, type AlertPage } from './list-alerts.query.js';

@QueryHandler(ListAlertsQuery)
export class ListAlertsHandler implements IQueryHandler<ListAlertsQuery> {
  constructor(
    private readonly reader: AlertListReader,
    private readonly recipients: AlertRecipients,
  ) {}

  async execute({ caller, input }: ListAlertsQuery): Promise<AlertPage> {
    assertCallerRole(caller, ...ALERT_ROLES);
    if (input.partnershipId) assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    noteAudit({ recordKind: 'alerts', recordId: input.scope, partnershipId: input.partnershipId });
    // Opening their alerts makes a user (with an e-mail claim) a recipient of the alert e-mails.
    await this.recipients.note(caller);
    return this.reader.page(caller, input);
  }
}
