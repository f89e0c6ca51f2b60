import { Injectable } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ErasedSubjectError, type Caller } from '@app/access';
import { InvalidCommandError } from '@app/domain';
import { deriveId, type CommandContext } from '@app/event-store';
import type { IsoDate } from '@app/periods';
import {
  FindCloseMatchesQuery,
  PossibleDuplicatesError,
  RegisterPersonCommand,
  ResolvePersonQuery,
  type PersonIdentity,
  type PersonIdentityInput,
  type PersonSex,
} from '@app/people';
import type { PerpetratorDetails, VictimDetails } from '../../domain/index.js';

/** A person a referral names: an existing person record (`personId`), or the details of a new one. */
export interface ReferralPersonInput<Details> {
  personId?: string;
  /** Required for a new person; for an existing one, what the referral records as told (else the person record's). */
  details?: Details;
  /** The referrer has searched and confirms a new person: a close match is then not a 409. */
  newPerson?: boolean;
}

export interface NamedPerson {
  /** `victim`, `perpetrators[0]`: named in the 409 of a close match. */
  about: string;
  input: ReferralPersonInput<VictimDetails | PerpetratorDetails>;
  sex?: PersonSex;
}

export interface SettledPerson {
  /** The canonical person id (following merges). */
  personId: string;
  /** Every record of the person (the victim's history is read from all of them). */
  recordIds: string[];
  /** What the case keeps of them: the referral's own details, or the person record's. */
  details: VictimDetails;
}

function identityOf(details: VictimDetails | PerpetratorDetails, sex: PersonSex | undefined): PersonIdentityInput {
  const { fullName, aliases, dateOfBirth, address, postcode } = details;
  const contact = details as VictimDetails;
  return {
    fullName,
    aliases,
    dateOfBirth,
    sex,
    addresses: address ? [{ address, postcode }] : postcode ? [{ address: postcode, postcode }] : [],
    phones: contact.phone ? [contact.phone] : [],
    emails: contact.email ? [contact.email] : [],
  };
}

function detailsOf(identity: PersonIdentity | null | undefined): VictimDetails {
  // Nothing new may be written about an erased person (409, as the case's own write would answer).
  if (!identity) throw new ErasedSubjectError();
  const [address] = identity.addresses;
  return {
    fullName: identity.fullName,
    ...(identity.aliases.length ? { aliases: identity.aliases } : {}),
    ...(identity.dateOfBirth ? { dateOfBirth: identity.dateOfBirth } : {}),
    ...(address ? { address: address.address, ...(address.postcode ? { postcode: address.postcode } : {}) } : {}),
    ...(identity.phones[0] ? { phone: identity.phones[0] } : {}),
    ...(identity.emails[0] ? { email: identity.emails[0] } : {}),
  };
}

/**
 * The people a referral names, through the people context's buses: existing records resolved to their
 * canonical person (404, as for a missing id, for another partnership's or none), new people checked for
 * close matches first, all of them (409 naming the first and its candidates' ids unless `newPerson`), and
 * only then registered, each under a command id derived from the referral's, so a retry registers nobody
 * twice and a refusal registers nobody.
 */
@Injectable()
export class ReferralPeople {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly commandBus: CommandBus,
  ) {}

  async settle(
    caller: Caller,
    context: CommandContext,
    partnershipId: string,
    today: IsoDate,
    people: NamedPerson[],
  ): Promise<SettledPerson[]> {
    for (const { about, input } of people) {
      if (!input.personId && !input.details)
        throw new InvalidCommandError(`The ${about} needs a personId (an existing person) or details.`);
    }
    const existing = await Promise.all(
      people.map(({ input }) =>
        input.personId
          ? this.queryBus.execute(new ResolvePersonQuery(caller, { personId: input.personId, partnershipId, withIdentity: !input.details }))
          : Promise.resolve(null),
      ),
    );
    const registrationOf = (about: string) => ({ ...context, commandId: deriveId(context.commandId, `person/${about}`) });
    for (const { about, input, sex } of people) {
      if (input.personId || input.newPerson) continue;
      const identity = identityOf(input.details!, sex);
      const registeringAs = registrationOf(about).commandId;
      const { candidates } = await this.queryBus.execute(
        new FindCloseMatchesQuery(caller, { partnershipId, identity, today, registeringAs }),
      );
      if (candidates.length > 0) throw new PossibleDuplicatesError(candidates, about);
    }
    const settled: SettledPerson[] = [];
    for (const [index, { about, input, sex }] of people.entries()) {
      const resolved = existing[index];
      if (resolved) {
        settled.push({
          personId: resolved.personId,
          recordIds: resolved.recordIds,
          details: input.details ?? detailsOf(resolved.identity),
        });
        continue;
      }
      const { personId } = await this.commandBus.execute(
        new RegisterPersonCommand(caller, registrationOf(about), {
          partnershipId,
          identity: identityOf(input.details!, sex),
          newPerson: true,
        }),
      );
      settled.push({ personId, recordIds: [personId], details: input.details! });
    }
    return settled;
  }
}
