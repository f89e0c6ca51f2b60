import type { DomainEvent, PersonalData } from '@app/domain';
import type { IsoDate } from '@app/periods';
import type { CustodyKind, ExitReason, OffenceOutcome, OffenderStatus } from './iom-defaults.js';

/** One stream per person on a cohort: `iom_offender-<offenderId>` (the id derived from cohort and person). */
export const IOM_OFFENDER_STREAM_CATEGORY = 'iom_offender';

interface OffenderRef {
  offenderId: string;
  cohortId: string;
  partnershipId: string;
  personId: string;
}

/** Adopted onto the cohort: period 1 the first time, a new period after each exit. */
export type OffenderAdopted = DomainEvent<
  'IomOffenderAdopted',
  OffenderRef & {
    period: number;
    adoptedOn: IsoDate;
    strand: string;
    leadAgency: string;
    leadOfficer: string;
    selectionScore: number;
    /** Free text: in the subject's envelope (encrypted, erased with them). */
    selectionReason: PersonalData<{ text: string }>;
    /** The status the member was in on adoption (a member can be adopted while in custody). */
    status: OffenderStatus;
    custodyKind: CustodyKind | null;
  }
>;
export type OffenderStatusChanged = DomainEvent<
  'IomOffenderStatusChanged',
  OffenderRef & { period: number; status: OffenderStatus; custodyKind: CustodyKind | null; changedOn: IsoDate }
>;
export type OffenderStrandChanged = DomainEvent<
  'IomOffenderStrandChanged',
  OffenderRef & { period: number; strand: string; changedOn: IsoDate }
>;
/** An offence, before or during adoption; `duringCustody` flags one dated while the member was recorded in custody. */
export type OffenceRecorded = DomainEvent<
  'IomOffenceRecorded',
  OffenderRef & {
    offenceId: string;
    offenceDate: IsoDate;
    category: string;
    neighbourhoodCrime: boolean;
    severityWeight: number;
    duringCustody: boolean;
    outcome: OffenceOutcome | null;
    outcomeDate: IsoDate | null;
  }
>;
export type OffenceOutcomeRecorded = DomainEvent<
  'IomOffenceOutcomeRecorded',
  OffenderRef & { offenceId: string; outcome: OffenceOutcome; outcomeDate: IsoDate }
>;
export type OffenderExited = DomainEvent<'IomOffenderExited', OffenderRef & { period: number; exitedOn: IsoDate; reason: ExitReason }>;

export type IomOffenderEvent =
  OffenderAdopted | OffenderStatusChanged | OffenderStrandChanged | OffenceRecorded | OffenceOutcomeRecorded | OffenderExited;
