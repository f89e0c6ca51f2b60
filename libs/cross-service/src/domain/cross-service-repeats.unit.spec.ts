import { crossServiceRepeats, crossServiceTable, type ServiceContact } from './cross-service-repeats.js';

const contact = (personId: string, service: string, on: string): ServiceContact => ({ personId, service, on });

describe('repeat victimisation across services', () => {
  it('counts a MARAC victim later referred to ASB support within 12 months once, with the days between', () => {
    const repeats = crossServiceRepeats([
      contact('p', 'marac', '2026-04-10'),
      contact('p', 'asb-support', '2026-06-09'),
      contact('p', 'asb-support', '2026-07-01'),
    ]);
    expect(repeats).toEqual([
      { personId: 'p', services: ['asb-support', 'marac'], firstService: 'marac', firstOn: '2026-04-10', secondOn: '2026-06-09', days: 60 },
    ]);
  });

  it('includes the anniversary day, not the day after, and never pairs a service with itself', () => {
    expect(crossServiceRepeats([contact('p', 'marac', '2025-03-10'), contact('p', 'idva', '2026-03-10')])).toHaveLength(1);
    expect(crossServiceRepeats([contact('p', 'marac', '2025-03-10'), contact('p', 'idva', '2026-03-11')])).toEqual([]);
    expect(crossServiceRepeats([contact('p', 'marac', '2025-03-10'), contact('p', 'marac', '2025-04-10')])).toEqual([]);
  });

  it('takes the first contact that comes within 12 months of the other service, and the earliest contact before it', () => {
    const repeats = crossServiceRepeats([
      contact('p', 'asb-support', '2023-01-01'),
      contact('p', 'marac', '2024-06-01'),
      contact('p', 'asb-support', '2024-09-01'),
      contact('p', 'asb-support', '2024-10-01'),
    ]);
    expect(repeats).toEqual([
      { personId: 'p', services: ['asb-support', 'marac'], firstService: 'marac', firstOn: '2024-06-01', secondOn: '2024-09-01', days: 92 },
    ]);
  });

  it('makes one row per pair and a year that is the sum of its quarters, with medians', () => {
    const repeats = crossServiceRepeats([
      contact('a', 'marac', '2026-04-01'),
      contact('a', 'asb-support', '2026-04-11'),
      contact('b', 'marac', '2026-05-01'),
      contact('b', 'asb-support', '2026-05-31'),
      contact('c', 'asb-support', '2026-08-01'),
      contact('c', 'marac', '2026-10-01'),
      contact('c', 'case-review', '2026-10-02'),
      contact('d', 'marac', '2025-01-01'),
      contact('d', 'asb-support', '2025-02-01'),
    ]);
    expect(crossServiceTable(repeats, '2026-27')).toEqual([
      { services: ['asb-support', 'case-review'], people: [0, 0, 1, 0, 1], medianDays: [null, null, 62, null, 62] },
      { services: ['asb-support', 'marac'], people: [2, 0, 1, 0, 3], medianDays: [20, null, 61, null, 30] },
      { services: ['case-review', 'marac'], people: [0, 0, 1, 0, 1], medianDays: [null, null, 1, null, 1] },
    ]);
  });
});
