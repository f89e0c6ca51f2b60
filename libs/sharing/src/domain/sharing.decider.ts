import {
  assertNever,
  IllegalStateError,
  InvalidCommandError,
  personalData,
  requireId,
  requireOneOf,
  requireText,
  type Decider,
} from '@app/domain';
import { requireDateThatHappened, type IsoDate } from '@app/periods';
import type { SharingEvent } from './sharing.events.js';
import { combineEntries, entryKey, sharingStatusOf } from './sharing-status.js';
import {
  AGENCY_CODE,
  CONSENT_DECISIONS,
  CONSENT_METHODS,
  LAWFUL_BASES,
  SHARING_PURPOSES,
  type ConsentDecision,
  type ConsentMethod,
  type LawfulBasis,
  type SharingPurpose,
  noStandingMessage,
  type SharingEntry,
} from '@app/people';

interface About {
  personId: string;
  partnershipId: string;
  agency: string;
  purpose: SharingPurpose;
  on: IsoDate;
  recordedBy: string;
  today: IsoDate;
}

export interface RecordConsent extends About {
  type: 'RecordConsent';
  decision: ConsentDecision;
  how: ConsentMethod;
}
export interface DecideSharingWithoutConsent extends About {
  type: 'DecideSharingWithoutConsent';
  basis: LawfulBasis;
  decidedBy: string;
  /** Why: free text that may name someone (kept in the person's personal-data envelope). */
  reason: string;
}
export interface RecordShare extends About {
  type: 'RecordShare';
  shareId: string;
  /** The partnership's default basis for the purpose on the day (read from its stream by the handler). */
  defaultBasis: LawfulBasis | null;
  /** What the person's other records (merged duplicates) hold for the agency and purpose, combined; none by default. */
  otherRecords?: SharingEntry;
}
export type SharingCommand = RecordConsent | DecideSharingWithoutConsent | RecordShare;

export interface SharingState {
  /** By `entryKey(agency, purpose)`. */
  entries: Record<string, SharingEntry>;
  shareIds: string[];
}

const EVENT_OF_DECISION = { given: 'ConsentGiven', refused: 'ConsentRefused', withdrawn: 'ConsentWithdrawn' } as const;
const DECISION_OF_EVENT = { ConsentGiven: 'given', ConsentRefused: 'refused', ConsentWithdrawn: 'withdrawn' } as const;

function checkAbout(command: About): void {
  requireId(command.personId, 'personId');
  requireId(command.partnershipId, 'partnershipId');
  if (typeof command.agency !== 'string' || !AGENCY_CODE.test(command.agency))
    throw new InvalidCommandError('The agency must be a lowercase code such as police, idva or housing.');
  requireOneOf(command.purpose, SHARING_PURPOSES, `The purpose must be one of ${SHARING_PURPOSES.join(', ')}.`);
  requireDateThatHappened(command.on, 'The date', command.today);
}

/** A decision dated before the one it would replace is refused: the latest dated decision is the one in force. */
function requireInDateOrder(latest: { on: IsoDate } | null, on: IsoDate, what: string): void {
  if (latest && on < latest.on)
    throw new IllegalStateError(`${what} is dated before the one recorded (${latest.on}); record the latest decision.`);
}

/**
 * One person's consent and the basis for sharing their information, per agency and purpose. Consent is given,
 * refused or withdrawn (only consent given can be withdrawn); sharing without consent is decided on a lawful
 * basis, by someone; a share is recorded only when it stands on consent, the person's basis or the default.
 */
export const sharingDecider: Decider<SharingCommand, SharingState, SharingEvent> = {
  initialState: () => ({ entries: {}, shareIds: [] }),

  evolve(state, event) {
    const key = entryKey(event.data.agency, event.data.purpose);
    const entry = state.entries[key] ?? { consent: null, basis: null };
    switch (event.type) {
      case 'ConsentGiven':
      case 'ConsentRefused':
      case 'ConsentWithdrawn': {
        const { on, how, recordedBy } = event.data;
        const consent = { decision: DECISION_OF_EVENT[event.type], on, how, recordedBy };
        return { ...state, entries: { ...state.entries, [key]: { ...entry, consent } } };
      }
      case 'SharingWithoutConsentDecided': {
        const { basis, decidedBy, reason, on, recordedBy } = event.data;
        const decision = { basis, decidedBy, reason: reason.personal?.text ?? null, on, recordedBy };
        return { ...state, entries: { ...state.entries, [key]: { ...entry, basis: decision } } };
      }
      case 'InformationShared':
        return { ...state, shareIds: [...state.shareIds, event.data.shareId] };
      default:
        return assertNever(event);
    }
  },

  decide(command, state) {
    checkAbout(command);
    const { personId, partnershipId, agency, purpose, on, recordedBy } = command;
    const entry = state.entries[entryKey(agency, purpose)];
    switch (command.type) {
      case 'RecordConsent': {
        requireOneOf(command.decision, CONSENT_DECISIONS, `The decision must be one of ${CONSENT_DECISIONS.join(', ')}.`);
        requireOneOf(command.how, CONSENT_METHODS, `How it was obtained must be one of ${CONSENT_METHODS.join(', ')}.`);
        requireInDateOrder(entry?.consent ?? null, on, 'This consent decision');
        if (command.decision === 'withdrawn' && entry?.consent?.decision !== 'given')
          throw new IllegalStateError(`There is no consent given to ${agency} for ${purpose} to withdraw.`);
        return [
          {
            type: EVENT_OF_DECISION[command.decision],
            data: { personId, partnershipId, agency, purpose, on, how: command.how, recordedBy },
          },
        ];
      }
      case 'DecideSharingWithoutConsent':
        requireOneOf(command.basis, LAWFUL_BASES, `The lawful basis must be one of ${LAWFUL_BASES.join(', ')}.`);
        requireText(command.decidedBy, 'Say who decided to share without consent (decidedBy).');
        requireText(command.reason, 'Say why information is shared without consent (reason).');
        requireInDateOrder(entry?.basis ?? null, on, 'This decision');
        return [
          {
            type: 'SharingWithoutConsentDecided',
            data: {
              personId,
              partnershipId,
              agency,
              purpose,
              basis: command.basis,
              decidedBy: command.decidedBy.trim(),
              reason: personalData(personId, { text: command.reason.trim() }),
              on,
              recordedBy,
            },
          },
        ];
      case 'RecordShare': {
        requireId(command.shareId, 'shareId');
        if (state.shareIds.includes(command.shareId)) throw new IllegalStateError('This share is recorded already.');
        const status = sharingStatusOf(agency, purpose, combineEntries([entry, command.otherRecords]), command.defaultBasis);
        if (status.standing === 'none') throw new IllegalStateError(noStandingMessage(agency, purpose));
        return [
          {
            type: 'InformationShared',
            data: {
              shareId: command.shareId,
              personId,
              partnershipId,
              agency,
              purpose,
              on,
              standing: status.standing,
              basis: status.basis,
              recordedBy,
            },
          },
        ];
      }
      default:
        return assertNever(command);
    }
  },
};
