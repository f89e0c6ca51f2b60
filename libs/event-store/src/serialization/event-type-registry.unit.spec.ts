import { EventTypeRegistry } from './event-type-registry.js';

describe('EventTypeRegistry', () => {
  const registry = new EventTypeRegistry().register({
    type: 'CaseReferred',
    schemaVersion: 3,
    upcasters: {
      1: (data) => ({ ...(data as object), agency: 'police' }),
      2: (data) => ({ ...(data as object), version2: true }),
    },
  });

  it('upcasts an old event through every version to the current shape', () => {
    expect(registry.upcast({ type: 'CaseReferred', schemaVersion: 1, data: { id: 'a' } })).toEqual({
      type: 'CaseReferred',
      data: { id: 'a', agency: 'police', version2: true },
    });
  });

  it('leaves a current event as it is', () => {
    expect(registry.upcast({ type: 'CaseReferred', schemaVersion: 3, data: { id: 'a' } }).data).toEqual({ id: 'a' });
  });

  it('knows the schema version to write and refuses an unknown type', () => {
    expect(registry.schemaVersionOf('CaseReferred')).toBe(3);
    expect(() => registry.schemaVersionOf('Nope')).toThrow(/unregistered event type/);
  });

  it('fails loudly when a version has no upcaster', () => {
    const broken = new EventTypeRegistry().register({ type: 'X', schemaVersion: 2 });
    expect(() => broken.upcast({ type: 'X', schemaVersion: 1, data: {} })).toThrow(/no upcaster/);
  });
});
