import { addDays, addWorkingDays, type IsoDate } from '@app/periods';

/**
 * When a stage's deadlines fire: "due soon" at 07:00 UTC `dueSoonWorkingDays` working days (England and
 * Wales) before its due date, so it is there when people start work; "overdue" at the start of the day
 * after it. The alerts context raises its stage alerts from the events these deadlines record, so this is
 * the one timing of a Case Review stage's alerts.
 */
export function stageAlertTimes(dueOn: IsoDate, dueSoonWorkingDays: number): { dueSoonAt: string; overdueAt: string } {
  return {
    dueSoonAt: `${addWorkingDays(dueOn, -dueSoonWorkingDays)}T07:00:00Z`,
    overdueAt: `${addDays(dueOn, 1)}T00:00:00Z`,
  };
}
