import { foldName, nameTokens } from './name-normalisation.js';
import { nameSimilarity } from './name-similarity.js';
import { isCloseMatch } from './match-score.js';
import type { PersonIdentity } from '../domain/person-identity.js';

const person = (fullName: string, dateOfBirth: string | null = null): PersonIdentity => ({
  fullName,
  aliases: [],
  dateOfBirth,
  sex: null,
  addresses: [],
  phones: [],
  emails: [],
});

describe('names as the search compares them', () => {
  it('folds case, accents and special letters, splits hyphens and apostrophes, drops titles', () => {
    expect(foldName('Zoë ŁUKASZ Müller-Straße')).toBe('zoe lukasz muller-strasse');
    expect(nameTokens("Mrs Siobhán O'Brien-Smith")).toEqual(['siobhan', 'obrien', 'smith', 'obriensmith']);
  });

  it('scores typical slips and swapped names high, other people low', () => {
    expect(nameSimilarity('featherstonhaugh siobhan', 'Siobhán Featherstonehaugh')).toBeGreaterThan(0.9);
    expect(nameSimilarity('Jnae Smtih', 'Jane Smith')).toBeGreaterThan(0.85);
    expect(nameSimilarity('Jane Smyth', 'Jane Smith')).toBeGreaterThan(0.85);
    expect(nameSimilarity('Jane Smith', 'Robert Okafor')).toBeLessThan(0.6);
  });

  it('takes a close name with a clashing date of birth for another person', () => {
    expect(isCloseMatch(person('Siobhan Featherstonhaugh', '1989-07-14'), person('Siobhán Featherstonehaugh', '1989-07-14'))).toBe(true);
    expect(isCloseMatch(person('Siobhan Featherstonhaugh', '1989-07-04'), person('Siobhán Featherstonehaugh', '1989-04-07'))).toBe(true);
    expect(isCloseMatch(person('Siobhan Featherstonhaugh', '1990-01-01'), person('Siobhán Featherstonehaugh', '1989-07-14'))).toBe(false);
    expect(isCloseMatch(person('Siobhan Featherstonhaugh'), person('Mary Featherstonehaugh'))).toBe(false);
  });
});
