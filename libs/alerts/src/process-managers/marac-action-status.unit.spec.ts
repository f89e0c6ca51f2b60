import { isActionOpen, type MaracCaseFact } from './marac-action-status.js';

const referred: MaracCaseFact = { type: 'CaseReferred', data: { caseId: 'c1' } };
const added = (actionId: string): MaracCaseFact => ({ type: 'AgencyActionAdded', data: { caseId: 'c1', actionId, dueDate: '2026-03-02' } });
const completed = (actionId: string): MaracCaseFact => ({ type: 'AgencyActionCompleted', data: { caseId: 'c1', actionId } });
const voided = (recordKind: string, recordId: string): MaracCaseFact => ({
  type: 'MaracRecordVoided',
  data: { caseId: 'c1', recordKind, recordId },
});
const amended = (recordId: string): MaracCaseFact => ({
  type: 'MaracRecordAmended',
  data: { caseId: 'c1', recordKind: 'agency-action', recordId, amended: { dueDate: '2026-04-01' } },
});

describe('whether a MARAC action is open, from the events of its case before the one read', () => {
  it('is open once added, and stays open through an amendment', () => {
    expect(isActionOpen([referred, added('a1')], 'a1')).toBe(true);
    expect(isActionOpen([referred, added('a1'), amended('a1')], 'a1')).toBe(true);
  });

  it('is not open once completed, so an amended due date of a completed action raises nothing', () => {
    expect(isActionOpen([referred, added('a1'), completed('a1')], 'a1')).toBe(false);
    expect(isActionOpen([referred, added('a1'), completed('a1'), amended('a1')], 'a1')).toBe(false);
  });

  it('is not open once voided, or when its case is voided with its referral', () => {
    expect(isActionOpen([referred, added('a1'), voided('agency-action', 'a1')], 'a1')).toBe(false);
    expect(isActionOpen([referred, added('a1'), voided('referral', 'c1')], 'a1')).toBe(false);
  });

  it("reads only the action it is asked about: another action's completion or void changes nothing", () => {
    const history = [referred, added('a1'), added('a2'), completed('a2'), voided('agency-action', 'a2'), voided('hearing', 'm1')];
    expect(isActionOpen(history, 'a1')).toBe(true);
    expect(isActionOpen(history, 'a2')).toBe(false);
  });

  it('is not open when it was never added', () => {
    expect(isActionOpen([referred], 'a1')).toBe(false);
  });
});
