import type { LogFilter } from './event-store.port.js';
import { categoryOf } from './stream-name.js';

/** True when a filter selects every stream (no categories named). */
export function selectsEverything(filter: LogFilter | undefined): boolean {
  return (filter?.categories?.length ?? 0) === 0;
}

/** Whether an event of this stream passes the filter: the same rule the stores apply when they read. */
export function matchesLogFilter(stream: string, filter: LogFilter | undefined): boolean {
  return takesCategory(filter, categoryOf(stream));
}

/** Whether the filter takes the events of streams of this category. */
export function takesCategory(filter: LogFilter | undefined, category: string): boolean {
  return selectsEverything(filter) || filter!.categories!.includes(category);
}

/** One filter that lets through what any of the given filters does, so one read of the log can serve them all. */
export function unionOfFilters(filters: readonly (LogFilter | undefined)[]): LogFilter {
  if (filters.length === 0 || filters.some(selectsEverything)) return {};
  return { categories: [...new Set(filters.flatMap((filter) => filter!.categories!))].sort() };
}
