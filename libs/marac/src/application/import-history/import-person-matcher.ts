import { Injectable } from '@nestjs/common';
import { v5 as uuidv5 } from 'uuid';
import { Depersonaliser } from '@app/access';
import { normalisedName, type NamedPerson } from './marac-history-csv.js';

const IMPORTED_PERSON_NAMESPACE = '0b7c4e52-93a1-4f6d-8e25-6a1f0c9d3b74';

/**
 * Who a person named in an imported row is, as a person id: the one place an import matches people, to be
 * replaced by libs/people's search (find-before-create) when it lands. Until then a person is the same
 * person when the partnership, their normalised full name (case, accents, punctuation and spacing
 * ignored) and their date of birth (or its absence) are the same, within a file, across files and across
 * runs: the id is derived from those under the service's keyed hash (HMAC with PSEUDONYM_SECRET), so it
 * is stable, and the id says nothing about the person to whoever lacks the secret. Victims and
 * perpetrators are matched alike (one record per person in a partnership). A person first referred
 * through the API (an id chosen by the client) is not found by it: the coordinator can refer them again
 * with the id the import gave (shown on the case record).
 */
@Injectable()
export class ImportPersonMatcher {
  constructor(private readonly depersonaliser: Depersonaliser) {}

  // eslint-disable-next-line @typescript-eslint/require-await -- async like the people search that replaces it
  async matchPerson(partnershipId: string, person: NamedPerson): Promise<string> {
    const key = ['marac-import-person', partnershipId, normalisedName(person.fullName), person.dateOfBirth ?? ''].join('\u0000');
    return uuidv5(this.depersonaliser.pseudonym(key), IMPORTED_PERSON_NAMESPACE);
  }
}
