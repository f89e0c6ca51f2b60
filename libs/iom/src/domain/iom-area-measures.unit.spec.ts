import { areaReoffending } from './iom-area-measures.js';
import type { MeasureMember } from './iom-measures.js';
import { membersAsPeople } from './merged-members.js';

const member = (personId: string, adoptedOn: string, exitedOn: string | null, offenceDates: string[]): MeasureMember => ({
  personId,
  periods: [{ period: 1, adoptedOn, exitedOn }],
  statuses: [{ status: 'in-community', custodyKind: null, from: adoptedOn }],
  strands: [{ strand: 'Fixed', from: adoptedOn }],
  offences: offenceDates.map((offenceDate, i) => ({
    offenceId: `${personId}-${adoptedOn}-${i}`,
    offenceDate,
    outcome: null,
    outcomeDate: null,
    severityWeight: 1,
  })),
});

describe('areaReoffending: the monthly count of reoffending individuals per area', () => {
  // X is on both of the area's cohorts (the Fixed one from January, the Flex one from March) and offends in
  // March on each; Y offends in March and in May; Z offends in February before adoption (not counted).
  const fixed = [member('X', '2024-01-05', null, ['2024-03-02']), member('Y', '2024-02-01', null, ['2024-03-20', '2024-05-01'])];
  const flex = [member('X', '2024-03-01', null, ['2024-03-10']), member('Z', '2024-04-01', null, ['2024-02-10'])];
  const figures = areaReoffending({ from: '2024-01-01', to: '2024-06-30', members: membersAsPeople([...fixed, ...flex], new Map()) });

  it('counts each person once a month however many of the area’s cohorts they are on', () => {
    expect(figures.months.map((m) => [m.month, m.membersAtMonthEnd, m.membersWhoOffended, m.offences])).toEqual([
      ['2024-01', 1, 0, 0],
      ['2024-02', 2, 0, 0],
      ['2024-03', 2, 2, 3],
      ['2024-04', 3, 0, 0],
      ['2024-05', 3, 1, 1],
      ['2024-06', 3, 0, 0],
    ]);
  });

  it('gives the period’s people, reoffending individuals and offences', () => {
    expect(figures).toMatchObject({ measure: 'iom.area_monthly', members: 3, membersWhoOffended: 2, offences: 4 });
  });
});
