import { IllegalStateError, InvalidCommandError } from '@app/domain';
import { given } from '@app/testing';
import { DEFAULT_OFFENCE_CATEGORIES } from './iom-defaults.js';
import { iomOffenderDecider, type AdoptOffender, type CohortTerms } from './iom-offender.decider.js';
import type { IomOffenderEvent, OffenderAdopted } from './iom-offender.events.js';

const cohort: CohortTerms = {
  cohortId: 'c1',
  partnershipId: 'p1',
  strands: ['Fixed', 'Flex', 'Free'],
  offenceCategories: DEFAULT_OFFENCE_CATEGORIES,
};
const today = '2025-06-30';
const ref = { offenderId: 'o1', cohortId: 'c1', partnershipId: 'p1', personId: 'person-1' };
const adopt: AdoptOffender = {
  type: 'AdoptOffender',
  today,
  cohort,
  offenderId: 'o1',
  personId: 'person-1',
  adoptedOn: '2025-01-10',
  strand: 'Fixed',
  leadAgency: 'Police',
  leadOfficer: 'PC Example',
  selectionScore: 42,
  selectionReason: 'Burglary series',
};
const adopted: OffenderAdopted = {
  type: 'IomOffenderAdopted',
  data: {
    ...ref,
    period: 1,
    adoptedOn: '2025-01-10',
    strand: 'Fixed',
    leadAgency: 'Police',
    leadOfficer: 'PC Example',
    selectionScore: 42,
    selectionReason: { subjectId: 'person-1', personal: { text: 'Burglary series' } },
    status: 'in-community',
    custodyKind: null,
  },
};
const custody: IomOffenderEvent = {
  type: 'IomOffenderStatusChanged',
  data: { ...ref, period: 1, status: 'in-custody', custodyKind: 'remanded', changedOn: '2025-02-01' },
};
const exited: IomOffenderEvent = { type: 'IomOffenderExited', data: { ...ref, period: 1, exitedOn: '2025-03-01', reason: 'completed' } };
const base = { today, cohort };

describe('IOM offender decider: adoption', () => {
  it('adopts a person in a strand of the cohort, in the community by default', () => {
    given(iomOffenderDecider).when(adopt).then([adopted]);
  });

  it('adopts a person who is in custody (the status on adoption)', () => {
    given(iomOffenderDecider)
      .when({ ...adopt, status: 'in-custody', custodyKind: 'sentenced' })
      .then([{ ...adopted, data: { ...adopted.data, status: 'in-custody', custodyKind: 'sentenced' } }]);
  });

  it('re-adopts after an exit as a new period of the same record', () => {
    given(iomOffenderDecider, [adopted, exited])
      .when({ ...adopt, adoptedOn: '2025-04-01', strand: 'Flex' })
      .then([{ ...adopted, data: { ...adopted.data, period: 2, adoptedOn: '2025-04-01', strand: 'Flex' } }]);
  });

  it('refuses adopting a person already on the cohort (409)', () => {
    given(iomOffenderDecider, [adopted])
      .when(adopt)
      .thenThrows(IllegalStateError, /already on the cohort/);
  });

  it('refuses a re-adoption dated before the last exit (409)', () => {
    given(iomOffenderDecider, [adopted, exited])
      .when({ ...adopt, adoptedOn: '2025-02-20' })
      .thenThrows(IllegalStateError, /before the last exit/);
  });

  it('refuses an adoption dated later than today (409)', () => {
    given(iomOffenderDecider)
      .when({ ...adopt, adoptedOn: '2025-07-01' })
      .thenThrows(IllegalStateError, /later than today/);
  });

  it.each([
    [{ strand: 'Unknown' }, /strand must be one of the cohort's/],
    [{ leadAgency: ' ' }, /lead agency/],
    [{ leadOfficer: '' }, /lead officer/],
    [{ selectionScore: -1 }, /selection score/],
    [{ selectionScore: 1.5 }, /selection score/],
    [{ selectionReason: '' }, /selection reason/],
    [{ status: 'in-custody' as const }, /remanded or sentenced/],
    [{ status: 'in-community' as const, custodyKind: 'remanded' as const }, /only for a member in custody/],
    [{ adoptedOn: '2025-02-30' }, /adoption date/],
  ])('refuses an adoption with %j (400)', (change, message) => {
    given(iomOffenderDecider)
      .when({ ...adopt, ...change })
      .thenThrows(InvalidCommandError, message);
  });
});

describe('IOM offender decider: status and strand', () => {
  it('records a status change with its date', () => {
    given(iomOffenderDecider, [adopted])
      .when({ ...base, type: 'ChangeOffenderStatus', status: 'in-custody', custodyKind: 'remanded', changedOn: '2025-02-01' })
      .then([custody]);
  });

  it('records remanded then sentenced as two changes', () => {
    given(iomOffenderDecider, [adopted, custody])
      .when({ ...base, type: 'ChangeOffenderStatus', status: 'in-custody', custodyKind: 'sentenced', changedOn: '2025-03-01' })
      .then([
        {
          type: 'IomOffenderStatusChanged',
          data: { ...ref, period: 1, status: 'in-custody', custodyKind: 'sentenced', changedOn: '2025-03-01' },
        },
      ]);
  });

  it('refuses a status change out of date order (409)', () => {
    given(iomOffenderDecider, [adopted, custody])
      .when({ ...base, type: 'ChangeOffenderStatus', status: 'in-community', changedOn: '2025-01-20' })
      .thenThrows(IllegalStateError, /out of date order/);
  });

  it('refuses a status change before the adoption (409)', () => {
    given(iomOffenderDecider, [adopted])
      .when({ ...base, type: 'ChangeOffenderStatus', status: 'in-hospital', changedOn: '2025-01-01' })
      .thenThrows(IllegalStateError, /out of date order/);
  });

  it('refuses a status change later than today (409)', () => {
    given(iomOffenderDecider, [adopted])
      .when({ ...base, type: 'ChangeOffenderStatus', status: 'unlawfully-at-large', changedOn: '2025-07-01' })
      .thenThrows(IllegalStateError, /later than today/);
  });

  it('refuses the status the member already has (409)', () => {
    given(iomOffenderDecider, [adopted])
      .when({ ...base, type: 'ChangeOffenderStatus', status: 'in-community', changedOn: '2025-02-01' })
      .thenThrows(IllegalStateError, /already has this status/);
  });

  it('refuses a status change for someone not on the cohort (409)', () => {
    given(iomOffenderDecider, [adopted, exited])
      .when({ ...base, type: 'ChangeOffenderStatus', status: 'in-hospital', changedOn: '2025-04-01' })
      .thenThrows(IllegalStateError, /not on the cohort/);
    given(iomOffenderDecider)
      .when({ ...base, type: 'ChangeOffenderStatus', status: 'in-hospital', changedOn: '2025-04-01' })
      .thenThrows(IllegalStateError, /not on the cohort/);
  });

  it('refuses an unknown status (400)', () => {
    given(iomOffenderDecider, [adopted])
      .when({ ...base, type: 'ChangeOffenderStatus', status: 'asleep' as never, changedOn: '2025-02-01' })
      .thenThrows(InvalidCommandError, /status must be one of/);
  });

  it('changes the strand, in date order and to a strand of the cohort', () => {
    given(iomOffenderDecider, [adopted])
      .when({ ...base, type: 'ChangeOffenderStrand', strand: 'Flex', changedOn: '2025-02-01' })
      .then([{ type: 'IomOffenderStrandChanged', data: { ...ref, period: 1, strand: 'Flex', changedOn: '2025-02-01' } }]);
    given(iomOffenderDecider, [adopted, custody])
      .when({ ...base, type: 'ChangeOffenderStrand', strand: 'Flex', changedOn: '2025-01-15' })
      .thenThrows(IllegalStateError, /out of date order/);
    given(iomOffenderDecider, [adopted])
      .when({ ...base, type: 'ChangeOffenderStrand', strand: 'Fixed', changedOn: '2025-02-01' })
      .thenThrows(IllegalStateError, /already in this strand/);
    given(iomOffenderDecider, [adopted])
      .when({ ...base, type: 'ChangeOffenderStrand', strand: 'Gold', changedOn: '2025-02-01' })
      .thenThrows(InvalidCommandError, /strand must be one of/);
    given(iomOffenderDecider, [adopted])
      .when({ ...base, type: 'ChangeOffenderStrand', strand: 'Flex', changedOn: '2025-08-01' })
      .thenThrows(IllegalStateError, /later than today/);
  });
});

describe('IOM offender decider: offences', () => {
  const offence = { ...base, type: 'RecordOffence' as const, offenceId: 'f1', offenceDate: '2025-01-20', category: 'shoplifting' };
  const recorded = (data: Partial<Extract<IomOffenderEvent, { type: 'IomOffenceRecorded' }>['data']> = {}): IomOffenderEvent => ({
    type: 'IomOffenceRecorded',
    data: {
      ...ref,
      offenceId: 'f1',
      offenceDate: '2025-01-20',
      category: 'shoplifting',
      neighbourhoodCrime: false,
      severityWeight: 1,
      duringCustody: false,
      outcome: null,
      outcomeDate: null,
      ...data,
    },
  });

  it('records an offence with the category flag and weight of the cohort', () => {
    given(iomOffenderDecider, [adopted]).when(offence).then([recorded()]);
  });

  it('records an offence from before the adoption (the baseline), with its outcome', () => {
    given(iomOffenderDecider, [adopted])
      .when({ ...offence, offenceDate: '2024-05-01', category: 'residential-burglary', outcome: 'convicted', outcomeDate: '2024-08-01' })
      .then([
        recorded({
          offenceDate: '2024-05-01',
          category: 'residential-burglary',
          neighbourhoodCrime: true,
          severityWeight: 4,
          outcome: 'convicted',
          outcomeDate: '2024-08-01',
        }),
      ]);
  });

  it('records an offence after an exit (the record stays)', () => {
    given(iomOffenderDecider, [adopted, exited])
      .when({ ...offence, offenceDate: '2025-05-01' })
      .then([recorded({ offenceDate: '2025-05-01' })]);
  });

  it('allows but flags an offence dated while the member was in custody', () => {
    given(iomOffenderDecider, [adopted, custody])
      .when({ ...offence, offenceDate: '2025-02-10' })
      .then([recorded({ offenceDate: '2025-02-10', duringCustody: true })]);
  });

  it('refuses an offence dated later than today (409)', () => {
    given(iomOffenderDecider, [adopted])
      .when({ ...offence, offenceDate: '2025-07-01' })
      .thenThrows(IllegalStateError, /offence date cannot be later than today/);
  });

  it('refuses an outcome before the offence or later than today (409), an unknown outcome or category (400)', () => {
    given(iomOffenderDecider, [adopted])
      .when({ ...offence, outcome: 'convicted', outcomeDate: '2025-01-01' })
      .thenThrows(IllegalStateError, /before the offence date/);
    given(iomOffenderDecider, [adopted])
      .when({ ...offence, outcome: 'convicted', outcomeDate: '2025-07-01' })
      .thenThrows(IllegalStateError, /outcome date cannot be later than today/);
    given(iomOffenderDecider, [adopted])
      .when({ ...offence, outcome: 'acquitted' as never, outcomeDate: '2025-02-01' })
      .thenThrows(InvalidCommandError, /outcome must be one of/);
    given(iomOffenderDecider, [adopted])
      .when({ ...offence, outcome: 'convicted' })
      .thenThrows(InvalidCommandError, /outcome date/);
    given(iomOffenderDecider, [adopted])
      .when({ ...offence, category: 'arson' })
      .thenThrows(InvalidCommandError, /category must be one of/);
  });

  it('refuses an offence for a person never adopted (409) and the same offence twice (409)', () => {
    given(iomOffenderDecider)
      .when(offence)
      .thenThrows(IllegalStateError, /not on the cohort/);
    given(iomOffenderDecider, [adopted, recorded()])
      .when(offence)
      .thenThrows(IllegalStateError, /already recorded/);
  });

  it('records an outcome later; a charge can be followed by a conviction, a conviction is final', () => {
    const outcome = {
      ...base,
      type: 'RecordOffenceOutcome' as const,
      offenceId: 'f1',
      outcome: 'convicted' as const,
      outcomeDate: '2025-03-01',
    };
    given(iomOffenderDecider, [adopted, recorded()])
      .when(outcome)
      .then([{ type: 'IomOffenceOutcomeRecorded', data: { ...ref, offenceId: 'f1', outcome: 'convicted', outcomeDate: '2025-03-01' } }]);
    given(iomOffenderDecider, [adopted, recorded({ outcome: 'charged', outcomeDate: '2025-02-01' })])
      .when(outcome)
      .then([{ type: 'IomOffenceOutcomeRecorded', data: { ...ref, offenceId: 'f1', outcome: 'convicted', outcomeDate: '2025-03-01' } }]);
    given(iomOffenderDecider, [adopted, recorded({ outcome: 'charged', outcomeDate: '2025-04-01' })])
      .when(outcome)
      .thenThrows(IllegalStateError, /out of date order/);
    given(iomOffenderDecider, [adopted, recorded({ outcome: 'cautioned', outcomeDate: '2025-02-01' })])
      .when(outcome)
      .thenThrows(IllegalStateError, /final outcome/);
    given(iomOffenderDecider, [adopted])
      .when(outcome)
      .thenThrows(IllegalStateError, /no such offence/);
  });
});

describe('IOM offender decider: exit', () => {
  const exit = { ...base, type: 'ExitOffender' as const, exitedOn: '2025-03-01', reason: 'completed' as const };

  it('records an exit with its date and reason', () => {
    given(iomOffenderDecider, [adopted]).when(exit).then([exited]);
  });

  it('refuses an exit before the adoption, out of date order or later than today (409)', () => {
    given(iomOffenderDecider, [adopted])
      .when({ ...exit, exitedOn: '2025-01-01' })
      .thenThrows(IllegalStateError, /exit cannot be before the adoption/);
    given(iomOffenderDecider, [adopted, custody])
      .when({ ...exit, exitedOn: '2025-01-20' })
      .thenThrows(IllegalStateError, /out of date order/);
    given(iomOffenderDecider, [adopted])
      .when({ ...exit, exitedOn: '2025-07-01' })
      .thenThrows(IllegalStateError, /later than today/);
  });

  it('refuses a second exit (409) and an unknown reason (400)', () => {
    given(iomOffenderDecider, [adopted, exited])
      .when(exit)
      .thenThrows(IllegalStateError, /not on the cohort/);
    given(iomOffenderDecider, [adopted])
      .when({ ...exit, reason: 'bored' as never })
      .thenThrows(InvalidCommandError, /exit reason/);
  });
});
