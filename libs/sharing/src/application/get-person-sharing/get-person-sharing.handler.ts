import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerRole, noteAudit } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { ResolvePersonQuery, basisOfRead, SHARING_PURPOSES, type LawfulBasis, type SharingPurpose } from '@app/people';
import { PersonSharingReader } from '../../read-models/person-sharing.reader.js';
import { defaultsOf } from '../get-sharing-defaults/get-sharing-defaults.query.js';
import { agenciesRecorded, loadPersonSharing, statusFrom } from '../person-sharing-records.js';
import { SHARING_ROLES } from '../sharing-streams.js';
import { GetPersonSharingQuery, type PersonSharing, type ShareView } from './get-person-sharing.query.js';

/**
 * What is recorded for each agency and purpose, read from the log (always current, with the decisions' reasons,
 * which the read model never holds), every record of the person combined; the shares from the read model (it
 * may lag a command by a moment). Audited with the basis.
 */
@QueryHandler(GetPersonSharingQuery)
export class GetPersonSharingHandler implements IQueryHandler<GetPersonSharingQuery> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queryBus: QueryBus,
    private readonly reader: PersonSharingReader,
  ) {}

  async execute({ caller, input }: GetPersonSharingQuery): Promise<PersonSharing> {
    noteAudit({ recordKind: 'sharing', recordId: input.personId, subjectIds: [input.personId] });
    assertCallerRole(caller, ...SHARING_ROLES);
    const person = await this.queryBus.execute(new ResolvePersonQuery(caller, { personId: input.personId }));
    noteAudit({ partnershipId: person.partnershipId, subjectIds: [person.personId] });
    const [recordedOn, shares] = await Promise.all([
      loadPersonSharing(this.executor, this.queryBus, person.partnershipId, person.personId),
      this.reader.sharesOf(person.recordIds),
    ]);
    const recorded = SHARING_PURPOSES.flatMap((purpose) =>
      agenciesRecorded(recordedOn, purpose)
        .sort()
        .map((agency) => statusFrom(recordedOn, agency, purpose)),
    ).sort((a, b) => a.purpose.localeCompare(b.purpose) || a.agency.localeCompare(b.agency));
    if (recorded.length > 0) noteAudit({ sharingBasis: basisOfRead(recorded) });
    return {
      personId: person.personId,
      partnershipId: person.partnershipId,
      recorded,
      defaults: defaultsOf(recordedOn.defaults),
      shares: shares.map((s): ShareView => ({
        shareId: s.shareId,
        agency: s.agency,
        purpose: s.purpose as SharingPurpose,
        on: s.sharedOn,
        standing: s.standing as ShareView['standing'],
        basis: s.basis as LawfulBasis | null,
        recordedBy: s.recordedBy,
      })),
    };
  }
}
