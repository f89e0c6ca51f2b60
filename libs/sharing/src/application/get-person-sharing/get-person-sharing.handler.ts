import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerRole, noteAudit } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { ResolvePersonQuery } from '@app/people';
import {
  basisOfRead,
  combineEntries,
  sharingDefaultsDecider,
  sharingStatusOf,
  type ConsentDecision,
  type ConsentMethod,
  type LawfulBasis,
  type SharingEntry,
  type SharingPurpose,
} from '../../domain/index.js';
import { PersonSharingReader } from '../../read-models/person-sharing.reader.js';
import type { SharingStatusRow } from '../../read-models/sharing-status-row.entity.js';
import { defaultsView } from '../get-sharing-defaults/get-sharing-defaults.query.js';
import { SHARING_ROLES, sharingDefaultsStream } from '../sharing-streams.js';
import { GetPersonSharingQuery, type PersonSharing, type ShareView } from './get-person-sharing.query.js';

function entryOf(row: SharingStatusRow): SharingEntry {
  return {
    consent: row.consent
      ? {
          decision: row.consent as ConsentDecision,
          on: row.consentOn!,
          how: row.consentHow as ConsentMethod,
          recordedBy: row.consentRecordedBy!,
        }
      : null,
    basis: row.basis
      ? { basis: row.basis as LawfulBasis, decidedBy: row.basisDecidedBy!, on: row.basisOn!, recordedBy: row.basisRecordedBy! }
      : null,
  };
}

/**
 * From the read model (it may lag a command by a moment), every record of the person combined; the defaults from
 * the partnership's stream. Audited with the basis.
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
    const [{ statuses, shares }, defaults] = await Promise.all([
      this.reader.rowsOf(person.recordIds),
      this.executor.load(sharingDefaultsStream(person.partnershipId), sharingDefaultsDecider),
    ]);
    const byKey = new Map<string, SharingStatusRow[]>();
    for (const row of statuses) byKey.set(`${row.purpose}|${row.agency}`, [...(byKey.get(`${row.purpose}|${row.agency}`) ?? []), row]);
    const recorded = [...byKey.values()].map((rows) => {
      const purpose = rows[0].purpose as SharingPurpose;
      const byRecord = person.recordIds.map((id) => rows.find((r) => r.personId === id));
      return sharingStatusOf(
        rows[0].agency,
        purpose,
        combineEntries(byRecord.map((r) => r && entryOf(r))),
        defaults.state[purpose] ?? null,
      );
    });
    if (recorded.length > 0) noteAudit({ sharingBasis: basisOfRead(recorded) });
    return {
      personId: person.personId,
      partnershipId: person.partnershipId,
      recorded,
      defaults: defaultsView(person.partnershipId, defaults.state, defaults.revision).defaults,
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
