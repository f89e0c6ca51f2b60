import { CallerQuery } from '@app/access';
import type { IsoDate } from '@app/periods';
import type { PersonSex } from '../../domain/index.js';

export interface FindPeopleInput {
  /** One of the caller's partnerships; all of them when left out. */
  partnershipId?: string;
  name?: string;
  dateOfBirth?: IsoDate;
  postcode?: string;
  limit?: number;
}

/** A person a search found: what a case worker needs to tell people apart, no more. */
export interface FoundPersonView {
  personId: string;
  partnershipId: string;
  fullName: string;
  aliases: string[];
  dateOfBirth: IsoDate | null;
  sex: PersonSex | null;
  postcodes: string[];
  /** 0 to 1: how well the person matches what was searched. */
  score: number;
}

export interface FoundPeople {
  people: FoundPersonView[];
}

/** Search people within the caller's partnerships, by name (tolerant of slips), date of birth and postcode. */
export class FindPeopleQuery extends CallerQuery<FindPeopleInput, FoundPeople> {}
