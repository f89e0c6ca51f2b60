import {
  LEFT_OUT_REASONS,
  custodyDays,
  followUpStart,
  iomMeasures,
  offencesLookedAt,
  type MeasureInput,
  type MeasureMember,
} from './iom-measures.js';

/**
 * The synthetic cohort of the IOM worked example (ARCHITECTURE.md, "IOM cohorts"; the e2e test records the
 * same cohort over HTTP): 2024, figures worked out on 2026-03-31, before/after window 12 months.
 * - A: adopted 2024-01-15 (Fixed); offences 2023-03-01 and 2023-10-01 before adoption; a burglary 2024-03-10
 *   convicted 2024-06-01; shoplifting 2024-05-05 convicted 2025-08-01 (after the waiting period); in custody
 *   2024-06-01 to 2024-09-01 (92 days), criminal damage 2024-07-01 while in custody, cautioned 2025-01-20
 *   (in the waiting period).
 * - B: adopted twice (Flex): 2024-02-01 to an exit on 2024-04-30, again from 2024-09-01; vehicle offence
 *   2024-03-15 convicted 2024-04-15, shoplifting 2024-06-10 (off the cohort) convicted 2024-07-01, robbery
 *   2024-10-10 charged only.
 * - C: adopted 2024-11-01 (Free), shoplifting 2024-10-05 before adoption cautioned 2024-10-20; follow-up
 *   not closed on 2026-03-31.
 * - D: adopted 2024-03-01 (Fixed) in custody, released 2024-05-01; theft from the person 2024-05-20 convicted 2024-08-01.
 */
const workedExampleMembers: MeasureMember[] = [
  {
    personId: 'A',
    periods: [{ period: 1, adoptedOn: '2024-01-15', exitedOn: null }],
    statuses: [
      { status: 'in-community', custodyKind: null, from: '2024-01-15' },
      { status: 'in-custody', custodyKind: 'sentenced', from: '2024-06-01' },
      { status: 'in-community', custodyKind: null, from: '2024-09-01' },
    ],
    strands: [{ strand: 'Fixed', from: '2024-01-15' }],
    offences: [
      { offenceId: 'a1', offenceDate: '2023-03-01', outcome: 'convicted', outcomeDate: '2023-05-01', severityWeight: 4 },
      { offenceId: 'a2', offenceDate: '2023-10-01', outcome: 'no-further-action', outcomeDate: '2023-11-01', severityWeight: 1 },
      { offenceId: 'a3', offenceDate: '2024-03-10', outcome: 'convicted', outcomeDate: '2024-06-01', severityWeight: 4 },
      { offenceId: 'a4', offenceDate: '2024-05-05', outcome: 'convicted', outcomeDate: '2025-08-01', severityWeight: 1 },
      { offenceId: 'a5', offenceDate: '2024-07-01', outcome: 'cautioned', outcomeDate: '2025-01-20', severityWeight: 1 },
    ],
  },
  {
    personId: 'B',
    periods: [
      { period: 1, adoptedOn: '2024-02-01', exitedOn: '2024-04-30' },
      { period: 2, adoptedOn: '2024-09-01', exitedOn: null },
    ],
    statuses: [
      { status: 'in-community', custodyKind: null, from: '2024-02-01' },
      { status: 'in-community', custodyKind: null, from: '2024-04-30' },
      { status: 'in-community', custodyKind: null, from: '2024-09-01' },
    ],
    strands: [{ strand: 'Flex', from: '2024-02-01' }],
    offences: [
      { offenceId: 'b1', offenceDate: '2024-03-15', outcome: 'convicted', outcomeDate: '2024-04-15', severityWeight: 2 },
      { offenceId: 'b2', offenceDate: '2024-06-10', outcome: 'convicted', outcomeDate: '2024-07-01', severityWeight: 1 },
      { offenceId: 'b3', offenceDate: '2024-10-10', outcome: 'charged', outcomeDate: '2024-10-11', severityWeight: 5 },
    ],
  },
  {
    personId: 'C',
    periods: [{ period: 1, adoptedOn: '2024-11-01', exitedOn: null }],
    statuses: [{ status: 'in-community', custodyKind: null, from: '2024-11-01' }],
    strands: [{ strand: 'Free', from: '2024-11-01' }],
    offences: [{ offenceId: 'c1', offenceDate: '2024-10-05', outcome: 'cautioned', outcomeDate: '2024-10-20', severityWeight: 1 }],
  },
  {
    personId: 'D',
    periods: [{ period: 1, adoptedOn: '2024-03-01', exitedOn: null }],
    statuses: [
      { status: 'in-custody', custodyKind: 'sentenced', from: '2024-03-01' },
      { status: 'in-community', custodyKind: null, from: '2024-05-01' },
    ],
    strands: [{ strand: 'Fixed', from: '2024-03-01' }],
    offences: [{ offenceId: 'd1', offenceDate: '2024-05-20', outcome: 'convicted', outcomeDate: '2024-08-01', severityWeight: 2 }],
  },
];

const input: MeasureInput = {
  from: '2024-01-01',
  to: '2024-12-31',
  asOf: '2026-03-31',
  beforeAfterMonths: 12,
  members: workedExampleMembers,
};

describe('IOM measures: the worked example', () => {
  const measures = iomMeasures(input);

  it('gives the cohort size at each month end, adoptions, exits, and who offended while on the cohort', () => {
    expect(measures.monthly.measure).toBe('iom.monthly');
    expect(
      measures.monthly.months.map((m) => [m.month, m.cohortSizeAtMonthEnd, m.adoptions, m.exits, m.membersWhoOffended, m.offences]),
    ).toEqual([
      ['2024-01', 1, 1, 0, 0, 0],
      ['2024-02', 2, 1, 0, 0, 0],
      ['2024-03', 3, 1, 0, 2, 2],
      ['2024-04', 2, 0, 1, 0, 0],
      ['2024-05', 2, 0, 0, 2, 2],
      ['2024-06', 2, 0, 0, 0, 0],
      ['2024-07', 2, 0, 0, 1, 1],
      ['2024-08', 2, 0, 0, 0, 0],
      ['2024-09', 3, 1, 0, 0, 0],
      ['2024-10', 3, 0, 0, 1, 1],
      ['2024-11', 4, 1, 0, 0, 0],
      ['2024-12', 4, 0, 0, 0, 0],
    ]);
  });

  it('gives the binary rate and frequency counting only time on the cohort', () => {
    expect(measures.rates).toEqual({
      measure: 'iom.binary_and_frequency',
      members: 4,
      membersWhoOffended: 3,
      offences: 6,
      binaryRatePercent: 75,
      frequencyPer100: 150,
      counted: ['A', 'B', 'C', 'D'],
      leftOut: [],
    });
  });

  it('compares the N months before and after each adoption, custody taken out of the time at risk', () => {
    expect(measures.beforeAfter).toEqual({
      measure: 'iom.before_after',
      months: 12,
      members: 5,
      offencesBefore: 5,
      offencesAfter: 8,
      daysAtRiskBefore: 1828,
      daysAtRiskAfter: 1674,
      ratePer100MemberYearsBefore: 99.84,
      ratePer100MemberYearsAfter: 174.43,
      counted: [
        { personId: 'A', period: 1 },
        { personId: 'B', period: 1 },
        { personId: 'B', period: 2 },
        { personId: 'C', period: 1 },
        { personId: 'D', period: 1 },
      ],
      leftOut: [],
    });
  });

  it('gives proven reoffending, interim while a follow-up is open, each period of a re-adopted member its own', () => {
    expect(measures.provenReoffending).toEqual({
      measure: 'iom.proven_reoffending',
      interim: true,
      members: 4,
      reoffenders: 3,
      provenOffences: 5,
      severityWeightedOffences: 10,
      binaryRatePercent: 75,
      frequencyPer100: 125,
      severityPer100: 250,
      counted: [
        { personId: 'A', period: 1, followUpStart: '2024-01-15' },
        { personId: 'B', period: 1, followUpStart: '2024-02-01' },
        { personId: 'B', period: 2, followUpStart: '2024-09-01' },
        { personId: 'D', period: 1, followUpStart: '2024-05-01' },
      ],
      leftOut: [{ personId: 'C', period: 1, reason: LEFT_OUT_REASONS.followUpOpen }],
    });
  });
});

describe('IOM measures: rules', () => {
  it('starts the follow-up of a member adopted in custody on release, and not before', () => {
    const [, , , d] = workedExampleMembers;
    expect(followUpStart(d, d.periods[0])).toBe('2024-05-01');
    const stillInside = { ...d, statuses: [d.statuses[0]] };
    expect(followUpStart(stillInside, d.periods[0])).toBeNull();
    const measures = iomMeasures({ ...input, members: [stillInside] });
    expect(measures.provenReoffending.leftOut).toEqual([{ personId: 'D', period: 1, reason: LEFT_OUT_REASONS.followUpNotStarted }]);
    expect(measures.provenReoffending.binaryRatePercent).toBeNull();
  });

  it('counts custody days inside a window only', () => {
    const [a] = workedExampleMembers;
    expect(custodyDays(a.statuses, '2024-01-15', '2025-01-15')).toBe(92);
    expect(custodyDays(a.statuses, '2024-07-01', '2024-07-11')).toBe(10);
    expect(custodyDays(a.statuses, '2023-01-01', '2024-01-01')).toBe(0);
  });

  it('leaves out members whose window after adoption has not ended, and is no longer interim once every window closed', () => {
    const early = iomMeasures({ ...input, asOf: '2025-06-30' });
    expect(early.beforeAfter.leftOut).toEqual([
      { personId: 'B', period: 2, reason: LEFT_OUT_REASONS.beforeAfterWindowOpen },
      { personId: 'C', period: 1, reason: LEFT_OUT_REASONS.beforeAfterWindowOpen },
    ]);
    expect(early.beforeAfter.members).toBe(3);
    const closed = iomMeasures({ ...input, asOf: '2026-05-01' });
    expect(closed.provenReoffending.interim).toBe(false);
    expect(closed.provenReoffending.members).toBe(5);
    expect(closed.provenReoffending.reoffenders).toBe(3);
  });

  it('filters by strand, saying who was left out for another strand', () => {
    const fixed = iomMeasures({ ...input, strand: 'Fixed' });
    expect(fixed.rates).toMatchObject({ members: 2, membersWhoOffended: 2, offences: 4, binaryRatePercent: 100, frequencyPer100: 200 });
    expect(fixed.rates.leftOut).toEqual([
      { personId: 'B', period: null, reason: LEFT_OUT_REASONS.otherStrand },
      { personId: 'C', period: null, reason: LEFT_OUT_REASONS.otherStrand },
    ]);
    expect(fixed.monthly.months.find((m) => m.month === '2024-11')?.cohortSizeAtMonthEnd).toBe(2);
    expect(fixed.provenReoffending).toMatchObject({ members: 2, reoffenders: 2, provenOffences: 3 });
  });

  it('leaves out members not on the cohort during the period', () => {
    const later = iomMeasures({ ...input, from: '2023-01-01', to: '2023-12-31' });
    expect(later.rates.members).toBe(0);
    expect(later.rates.binaryRatePercent).toBeNull();
    expect(later.rates.leftOut.map((left) => left.reason)).toEqual(Array(4).fill(LEFT_OUT_REASONS.notOnCohortInWindow));
  });
});

describe('IOM measures: the offences a period looks at', () => {
  const periods = [
    { from: '2023-01-01', to: '2023-12-31' },
    { from: '2024-01-01', to: '2024-12-31' },
    { from: '2024-04-01', to: '2024-06-30' },
    { from: '2024-10-15', to: '2025-03-31' },
  ];
  it.each([6, 12, 18])('gives the same figures from only the offences within the window (before/after %i months)', (months) => {
    for (const period of periods) {
      const window = offencesLookedAt(period, months);
      const within = workedExampleMembers.map((member) => ({
        ...member,
        offences: member.offences.filter((offence) => offence.offenceDate >= window.from && offence.offenceDate <= window.to),
      }));
      const base = { ...input, ...period, beforeAfterMonths: months };
      expect(iomMeasures({ ...base, members: within })).toEqual(iomMeasures(base));
    }
  });

  it('leaves out offences no measure of the period looks at', () => {
    expect(offencesLookedAt({ from: '2024-10-15', to: '2025-03-31' }, 6)).toEqual({ from: '2024-03-15', to: '2026-04-30' });
  });
});
