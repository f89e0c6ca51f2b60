import { v5 as uuidv5 } from 'uuid';
import { deriveEventId, deriveId, useIdDerivationKey } from './event-ids.js';

describe('derived ids', () => {
  afterEach(() => useIdDerivationKey(null));

  it('are keyed by the server secret: stable for a retry, different under another key, not the public UUID v5', () => {
    useIdDerivationKey(Buffer.alloc(32, 1));
    const id = deriveId('command-1', 'case');
    expect(deriveId('command-1', 'case')).toBe(id);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id).not.toBe(uuidv5('command-1/case', '6f1c8a52-3f0e-4b8e-9a53-6a0f2d7c1e11'));
    expect(deriveEventId('command-1', 0)).not.toBe(deriveEventId('command-1', 1));
    useIdDerivationKey(Buffer.alloc(32, 2));
    expect(deriveId('command-1', 'case')).not.toBe(id);
  });
});
