import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { sharingDefaultsDecider } from '../../domain/index.js';
import { PARTNERSHIP_NOT_FOUND, SHARING_ROLES, sharingDefaultsStream } from '../sharing-streams.js';
import { defaultsView, GetSharingDefaultsQuery, type SharingDefaultsView } from './get-sharing-defaults.query.js';

@QueryHandler(GetSharingDefaultsQuery)
export class GetSharingDefaultsHandler implements IQueryHandler<GetSharingDefaultsQuery> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ caller, input: { partnershipId } }: GetSharingDefaultsQuery): Promise<SharingDefaultsView> {
    assertCallerRole(caller, ...SHARING_ROLES);
    assertCallerMayAccess(caller, partnershipId, PARTNERSHIP_NOT_FOUND);
    const { state, revision } = await this.executor.load(sharingDefaultsStream(partnershipId), sharingDefaultsDecider);
    return defaultsView(partnershipId, state, revision);
  }
}
