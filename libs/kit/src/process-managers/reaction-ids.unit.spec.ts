import { deriveDeadlineCommandId, deriveDeadlineId, deriveReactionId } from './reaction-ids.js';

describe('reaction command ids', () => {
  const eventId = '0f8fad5b-d9cb-469f-a165-70867728950e';

  it('are the same every time the same event is read', () => {
    expect(deriveReactionId(eventId, 'referral', 0)).toBe(deriveReactionId(eventId, 'referral', 0));
    // Fixed forever: a changed derivation would make every stored command id look new and append twice.
    expect(deriveReactionId(eventId, 'referral', 0)).toBe('72139c84-6752-506e-9b3a-68b3112800df');
  });

  it('differ by event, by process manager and by reaction', () => {
    const ids = new Set([
      deriveReactionId(eventId, 'referral', 0),
      deriveReactionId(eventId, 'referral', 1),
      deriveReactionId(eventId, 'acknowledgement', 0),
      deriveReactionId('7c9e6679-7425-40de-944b-e07fc1f90ae7', 'referral', 0),
    ]);
    expect(ids.size).toBe(4);
  });

  it('give a deadline one firing command id, apart from the reaction that scheduled it', () => {
    const deadlineId = deriveReactionId(eventId, 'referral', 0);
    expect(deriveDeadlineCommandId(deadlineId)).toBe(deriveDeadlineCommandId(deadlineId));
    expect(deriveDeadlineCommandId(deadlineId)).not.toBe(deadlineId);
    expect(deriveDeadlineCommandId(deadlineId)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('give a handler one deadline per command and key', () => {
    expect(deriveDeadlineId(eventId, 'acknowledge:1')).toBe(deriveDeadlineId(eventId, 'acknowledge:1'));
    expect(deriveDeadlineId(eventId, 'acknowledge:1')).not.toBe(deriveDeadlineId(eventId, 'acknowledge:2'));
  });
});
