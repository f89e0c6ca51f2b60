import { iomMeasures, type MeasureMember } from './iom-measures.js';
import { membersAsPeople } from './merged-members.js';

/** Two records of one person, as the people registry merges them: `dup` was merged into `P`. */
const survivor: MeasureMember = {
  personId: 'P',
  periods: [{ period: 1, adoptedOn: '2024-06-01', exitedOn: null }],
  statuses: [{ status: 'in-community', custodyKind: null, from: '2024-06-01' }],
  strands: [{ strand: 'Fixed', from: '2024-06-01' }],
  offences: [{ offenceId: 'p1', offenceDate: '2024-07-10', outcome: null, outcomeDate: null, severityWeight: 1 }],
};
const duplicate: MeasureMember = {
  personId: 'dup',
  periods: [{ period: 1, adoptedOn: '2024-01-10', exitedOn: '2024-03-01' }],
  statuses: [
    { status: 'in-community', custodyKind: null, from: '2024-01-10' },
    { status: 'in-community', custodyKind: null, from: '2024-03-01' },
  ],
  strands: [{ strand: 'Flex', from: '2024-01-10' }],
  offences: [{ offenceId: 'd1', offenceDate: '2024-02-05', outcome: 'convicted', outcomeDate: '2024-04-01', severityWeight: 2 }],
};
const other: MeasureMember = { ...survivor, personId: 'Q', offences: [] };

describe('membersAsPeople: a cohort read after people merges', () => {
  it('reads a duplicate record as the person it was merged into: one member, both periods, offences and strands', () => {
    const people = membersAsPeople([survivor, duplicate, other], new Map([['dup', 'P']]));
    expect(people.map((member) => member.personId)).toEqual(['P', 'Q']);
    expect(people[0]).toEqual({
      personId: 'P',
      periods: [
        { period: 1, adoptedOn: '2024-01-10', exitedOn: '2024-03-01' },
        { period: 2, adoptedOn: '2024-06-01', exitedOn: null },
      ],
      statuses: [
        { status: 'in-community', custodyKind: null, from: '2024-01-10' },
        { status: 'in-community', custodyKind: null, from: '2024-03-01' },
        { status: 'in-community', custodyKind: null, from: '2024-06-01' },
      ],
      strands: [
        { strand: 'Flex', from: '2024-01-10' },
        { strand: 'Fixed', from: '2024-06-01' },
      ],
      offences: [duplicate.offences[0], survivor.offences[0]],
    });
  });

  it('counts the merged person once in the measures, with the duplicate record’s offences', () => {
    const input = { from: '2024-01-01', to: '2024-12-31', asOf: '2026-06-30', beforeAfterMonths: 12 };
    const before = iomMeasures({ ...input, members: [survivor, duplicate, other] });
    const after = iomMeasures({ ...input, members: membersAsPeople([survivor, duplicate, other], new Map([['dup', 'P']])) });
    expect(before.rates).toMatchObject({ members: 3, membersWhoOffended: 2, offences: 2, counted: ['dup', 'P', 'Q'] });
    expect(after.rates).toMatchObject({ members: 2, membersWhoOffended: 1, offences: 2, counted: ['P', 'Q'] });
    expect(after.monthly.months.find((month) => month.month === '2024-02')).toMatchObject({
      cohortSizeAtMonthEnd: 1,
      membersWhoOffended: 1,
    });
  });

  it('makes overlapping periods of two records (both adopted before the merge) one period', () => {
    const overlapping: MeasureMember = { ...duplicate, periods: [{ period: 1, adoptedOn: '2024-05-01', exitedOn: '2024-08-01' }] };
    const [person] = membersAsPeople([survivor, overlapping], new Map([['dup', 'P']]));
    expect(person.periods).toEqual([{ period: 1, adoptedOn: '2024-05-01', exitedOn: null }]);
  });

  it('leaves records nobody merged as they are', () => {
    expect(membersAsPeople([survivor, other], new Map())).toEqual([survivor, other]);
  });
});
