import type { DomainEvent, PersonalData } from '@app/domain';
import type { IsoDate } from '@app/periods';
import { type ConsentMethod, type LawfulBasis, type SharingPurpose } from '@app/people';

/**
 * Facts about one person's consent and the basis for sharing their information (`sharing-<personId>`), per
 * agency and purpose: ids, codes, dates and the user ids of who recorded and decided. The one piece of free
 * text, a decision's reason, may name someone, so it sits in the person's PersonalData envelope (null once
 * erased), as other contexts keep their reasons.
 */
export const SHARING_STREAM_CATEGORY = 'sharing';

interface ConsentData {
  personId: string;
  partnershipId: string;
  agency: string;
  purpose: SharingPurpose;
  /** The day the person gave, refused or withdrew it. */
  on: IsoDate;
  how: ConsentMethod;
  /** The user who recorded it. */
  recordedBy: string;
}

export type ConsentGiven = DomainEvent<'ConsentGiven', ConsentData>;
export type ConsentRefused = DomainEvent<'ConsentRefused', ConsentData>;
export type ConsentWithdrawn = DomainEvent<'ConsentWithdrawn', ConsentData>;

/** Information is to be shared with the agency without the person's consent, on a lawful basis, as someone decided. */
export type SharingWithoutConsentDecided = DomainEvent<
  'SharingWithoutConsentDecided',
  {
    personId: string;
    partnershipId: string;
    agency: string;
    purpose: SharingPurpose;
    basis: LawfulBasis;
    /** Who took the decision (their role, e.g. `MARAC chair`), as recorded. */
    decidedBy: string;
    /** Why information is shared without consent (free text, personal data of the person). */
    reason: PersonalData<{ text: string }>;
    on: IsoDate;
    recordedBy: string;
  }
>;

/** How a share stood when it was made: on consent, on the person's own basis, or on the partnership's default. */
export type ShareStanding = 'consent' | 'basis' | 'default-basis';

/** Information about the person was shared with an agency for a purpose, and on what it stood. */
export type InformationShared = DomainEvent<
  'InformationShared',
  {
    shareId: string;
    personId: string;
    partnershipId: string;
    agency: string;
    purpose: SharingPurpose;
    on: IsoDate;
    standing: ShareStanding;
    basis: LawfulBasis | null;
    recordedBy: string;
  }
>;

export type SharingEvent = ConsentGiven | ConsentRefused | ConsentWithdrawn | SharingWithoutConsentDecided | InformationShared;

/** A partnership's default basis per purpose (`sharing_defaults-<partnershipId>`). */
export const SHARING_DEFAULTS_STREAM_CATEGORY = 'sharing_defaults';

/** The partnership's default basis for a purpose changed (null: none, consent or a person's own basis needed). */
export type SharingDefaultSet = DomainEvent<
  'SharingDefaultSet',
  { partnershipId: string; purpose: SharingPurpose; basis: LawfulBasis | null; decidedBy: string; on: IsoDate }
>;

/** Every event type of consent and sharing under its stable name, with its schema version. */
export const sharingEventTypes = {
  ConsentGiven: 1,
  ConsentRefused: 1,
  ConsentWithdrawn: 1,
  SharingWithoutConsentDecided: 1,
  InformationShared: 1,
  SharingDefaultSet: 1,
} as const satisfies Record<SharingEvent['type'] | SharingDefaultSet['type'], number>;
