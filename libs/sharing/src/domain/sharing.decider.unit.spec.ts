import { IllegalStateError, InvalidCommandError } from '@app/domain';
import { given } from '@app/testing';
import { sharingDecider, type SharingCommand } from './sharing.decider.js';
import type { SharingEvent } from './sharing.events.js';
import { combineEntries, sharingStatusOf } from './sharing-status.js';
import { sharingDefaultsDecider } from './sharing-defaults.decider.js';
import { basisOfRead } from '@app/people';

const about = {
  personId: 'p-1',
  partnershipId: 'csp',
  agency: 'housing',
  purpose: 'marac' as const,
  recordedBy: 'coordinator-1',
  today: '2026-06-30',
};
const consent = (decision: 'given' | 'refused' | 'withdrawn', on = '2026-06-01'): SharingCommand => ({
  ...about,
  type: 'RecordConsent',
  decision,
  how: 'verbal',
  on,
});
const data = (on = '2026-06-01') => ({
  personId: 'p-1',
  partnershipId: 'csp',
  agency: 'housing',
  purpose: 'marac' as const,
  on,
  how: 'verbal' as const,
  recordedBy: 'coordinator-1',
});
const given_: SharingEvent = { type: 'ConsentGiven', data: data() };
const refused: SharingEvent = { type: 'ConsentRefused', data: data() };
const decided: SharingEvent = {
  type: 'SharingWithoutConsentDecided',
  data: {
    personId: 'p-1',
    partnershipId: 'csp',
    agency: 'housing',
    purpose: 'marac',
    basis: 'crime-and-disorder-act-s115',
    decidedBy: 'MARAC chair',
    reason: { subjectId: 'p-1', personal: { text: 'High risk; she cannot be reached' } },
    on: '2026-06-02',
    recordedBy: 'coordinator-1',
  },
};
const share = (defaultBasis: 'crime-and-disorder-act-s115' | null): SharingCommand => ({
  ...about,
  type: 'RecordShare',
  shareId: 's-1',
  on: '2026-06-10',
  defaultBasis,
});

describe('consent and the basis for sharing (decider)', () => {
  it('records consent given, refused and withdrawn with the date, how and who recorded it', () => {
    given(sharingDecider).when(consent('given')).then([given_]);
    given(sharingDecider).when(consent('refused')).then([refused]);
    given(sharingDecider, [given_])
      .when(consent('withdrawn', '2026-06-05'))
      .then([{ type: 'ConsentWithdrawn', data: data('2026-06-05') }]);
  });

  it('refuses to withdraw consent that was never given, or was refused', () => {
    given(sharingDecider)
      .when(consent('withdrawn'))
      .thenThrows(IllegalStateError, /no consent given to housing for marac/);
    given(sharingDecider, [refused])
      .when(consent('withdrawn'))
      .thenThrows(IllegalStateError, /to withdraw/);
  });

  it('refuses a consent decision dated before the one recorded, a date after today, an unknown code', () => {
    given(sharingDecider, [given_])
      .when(consent('refused', '2026-05-01'))
      .thenThrows(IllegalStateError, /dated before the one recorded \(2026-06-01\)/);
    given(sharingDecider)
      .when(consent('given', '2026-07-01'))
      .thenThrows(InvalidCommandError, /later than today/);
    given(sharingDecider)
      .when({ ...consent('given'), how: 'telepathy' } as never)
      .thenThrows(InvalidCommandError, /How it was obtained/);
    given(sharingDecider)
      .when({ ...consent('given'), agency: 'Housing Dept' })
      .thenThrows(InvalidCommandError, /lowercase code/);
    given(sharingDecider)
      .when({ ...consent('given'), purpose: 'gossip' } as never)
      .thenThrows(InvalidCommandError, /purpose must be one of/);
  });

  it("decides sharing without consent on a lawful basis, naming who decided, the reason in the person's envelope", () => {
    given(sharingDecider, [refused])
      .when({
        ...about,
        type: 'DecideSharingWithoutConsent',
        basis: 'crime-and-disorder-act-s115',
        decidedBy: ' MARAC chair ',
        reason: ' High risk; she cannot be reached ',
        on: '2026-06-02',
      })
      .then([decided]);
    const decide = { ...about, type: 'DecideSharingWithoutConsent' as const, decidedBy: 'chair', reason: 'Risk', on: '2026-06-02' };
    given(sharingDecider)
      .when({ ...decide, basis: 'gut-feeling' } as never)
      .thenThrows(InvalidCommandError, /lawful basis must be one of/);
    given(sharingDecider)
      .when({ ...decide, basis: 'vital-interests', decidedBy: ' ' })
      .thenThrows(InvalidCommandError, /who decided/);
    given(sharingDecider)
      .when({ ...decide, basis: 'vital-interests', reason: ' ' })
      .thenThrows(InvalidCommandError, /Say why information is shared without consent \(reason\)/);
  });

  it('keeps the reason with the decision, and null once the person is erased', () => {
    const state = [refused, decided].reduce(sharingDecider.evolve, sharingDecider.initialState());
    expect(state.entries['marac|housing'].basis).toMatchObject({ reason: 'High risk; she cannot be reached', decidedBy: 'MARAC chair' });
    const erased: SharingEvent = { ...decided, data: { ...decided.data, reason: { subjectId: 'p-1', personal: null } } };
    expect(sharingDecider.evolve(sharingDecider.initialState(), erased).entries['marac|housing'].basis?.reason).toBeNull();
  });

  it('records a share on the default basis when nothing was asked of the person', () => {
    given(sharingDecider)
      .when(share('crime-and-disorder-act-s115'))
      .then([
        {
          type: 'InformationShared',
          data: {
            shareId: 's-1',
            personId: 'p-1',
            partnershipId: 'csp',
            agency: 'housing',
            purpose: 'marac',
            on: '2026-06-10',
            standing: 'default-basis',
            basis: 'crime-and-disorder-act-s115',
            recordedBy: 'coordinator-1',
          },
        },
      ]);
  });

  it('refuses a share with neither consent nor a basis, and after a refusal the default no longer stands', () => {
    given(sharingDecider)
      .when(share(null))
      .thenThrows(IllegalStateError, /may not be shared with housing for marac: there is neither/);
    given(sharingDecider, [refused])
      .when(share('crime-and-disorder-act-s115'))
      .thenThrows(IllegalStateError, /neither their consent nor a lawful basis/);
  });

  it('records a share on consent, or on the basis decided for the person after a refusal', () => {
    given(sharingDecider, [given_])
      .when(share(null))
      .thenState((s) => expect(s.shareIds).toEqual(['s-1']));
    const events = sharingDecider.decide(share(null), [refused, decided].reduce(sharingDecider.evolve, sharingDecider.initialState()));
    expect(events[0].data).toMatchObject({ standing: 'basis', basis: 'crime-and-disorder-act-s115' });
    given(sharingDecider, [given_, { type: 'InformationShared', data: { ...(events[0].data as object), shareId: 's-1' } } as SharingEvent])
      .when(share(null))
      .thenThrows(IllegalStateError, /recorded already/);
  });
});

describe("a person's records combined (merged duplicates)", () => {
  const entry = (decision: 'given' | 'refused', on: string) => ({
    consent: { decision, on, how: 'verbal' as const, recordedBy: 'c' },
    basis: null,
  });

  it('takes the latest dated consent decision of any record, the earlier record on a tie', () => {
    expect(combineEntries([entry('given', '2026-06-01'), entry('refused', '2026-06-02')])?.consent?.decision).toBe('refused');
    expect(combineEntries([entry('given', '2026-06-02'), entry('refused', '2026-06-02')])?.consent?.decision).toBe('given');
    expect(combineEntries([undefined, undefined])).toBeUndefined();
  });

  it("refuses a share the person's duplicate record refused", () => {
    given(sharingDecider)
      .when({ ...(share('crime-and-disorder-act-s115') as object), otherRecords: entry('refused', '2026-06-01') } as SharingCommand)
      .thenThrows(IllegalStateError, /neither their consent/);
  });
});

describe('sharing status and the basis of a read', () => {
  it('names each standing once with its basis', () => {
    const statuses = [
      sharingStatusOf('police', 'marac', undefined, 'crime-and-disorder-act-s115'),
      sharingStatusOf('idva', 'marac', undefined, 'crime-and-disorder-act-s115'),
      sharingStatusOf(
        'housing',
        'marac',
        { consent: { decision: 'refused', on: '2026-06-01', how: 'verbal', recordedBy: 'c' }, basis: null },
        'crime-and-disorder-act-s115',
      ),
    ];
    expect(statuses.map((s) => s.standing)).toEqual(['default-basis', 'default-basis', 'none']);
    expect(basisOfRead(statuses)).toBe('default-basis:crime-and-disorder-act-s115,none');
  });
});

describe("a partnership's default bases", () => {
  it('starts from the shipped defaults (MARAC: s.115 with the DPA 2018) and records a change once', () => {
    expect(sharingDefaultsDecider.initialState().marac).toBe('crime-and-disorder-act-s115');
    const command = {
      type: 'SetSharingDefault' as const,
      partnershipId: 'csp',
      purpose: 'marac' as const,
      basis: null,
      decidedBy: 'admin-1',
      today: '2026-06-30',
    };
    given(sharingDefaultsDecider)
      .when(command)
      .then([
        {
          type: 'SharingDefaultSet',
          data: { partnershipId: 'csp', purpose: 'marac', basis: null, decidedBy: 'admin-1', on: '2026-06-30' },
        },
      ]);
    given(sharingDefaultsDecider, [
      { type: 'SharingDefaultSet', data: { partnershipId: 'csp', purpose: 'marac', basis: null, decidedBy: 'admin-1', on: '2026-06-30' } },
    ])
      .when(command)
      .then([]);
    given(sharingDefaultsDecider)
      .when({ ...command, basis: 'hunch' } as never)
      .thenThrows(InvalidCommandError, /lawful basis must be null or one of/);
  });
});
