import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PersonIdentity } from '../domain/person-identity.js';
import { PeopleRecords } from '../application/people-records.js';
import { PersonMerges } from '../application/person-merges.js';
import { canonicalPersonId } from '../domain/person-merges.decider.js';
import { BlindIndex, type SearchTerms } from './blind-index.js';
import { isCloseMatch, matchScore, MIN_MATCH_SCORE } from './match-score.js';

export const BLIND_INDEX = Symbol('BLIND_INDEX');

/** How many records the blind index hands on to be decrypted and ranked. */
const CANDIDATES = 15;

/**
 * A token held by at most this many records narrows a search (see candidates): a date of birth, a postcode,
 * a rare name. Each token's holders are sampled up to this many, so it bounds the rows a search reads; at
 * 500,000 people 200 took p95 from 134 to 98 ms against 2,000 (BENCHMARKS.md 5), with recall unchanged.
 */
export const SELECTIVE_TOKEN_HITS = 200;

export interface FoundPerson {
  /** The canonical person (merged records answer as the person they were merged into). */
  personId: string;
  partnershipId: string;
  identity: PersonIdentity;
  /** 0 to 1. */
  score: number;
}

/**
 * Search without decrypting everyone: the blind index scores records in SQL by their best-matching token
 * per term (people_search_tokens, one index lookup per token), only the top CANDIDATES are decrypted and
 * ranked on their real names (matchScore), and merged records answer as their canonical person.
 */
@Injectable()
export class PeopleSearch {
  /** SELECTIVE_TOKEN_HITS; a test lowers it to take the narrowing path on a small population, the benchmark sets 0 (every hit scored) to compare. */
  selectiveTokenHits = SELECTIVE_TOKEN_HITS;

  constructor(
    @Inject(BLIND_INDEX) private readonly index: BlindIndex,
    private readonly dataSource: DataSource,
    private readonly records: PeopleRecords,
    private readonly merges: PersonMerges,
  ) {}

  async search(partnershipIds: readonly string[], terms: SearchTerms, limit: number): Promise<FoundPerson[]> {
    const hits = await this.candidates(partnershipIds, terms);
    const scored = await this.ranked(partnershipIds, hits, (identity) => matchScore(terms, identity));
    return scored.filter((found) => found.score >= MIN_MATCH_SCORE).slice(0, limit);
  }

  /** Existing people of the partnership that closely match a new identity (isCloseMatch), best first. */
  async closeMatches(partnershipId: string, identity: PersonIdentity): Promise<FoundPerson[]> {
    const seen = new Map<string, FoundPerson>();
    for (const name of [identity.fullName, ...identity.aliases]) {
      const terms: SearchTerms = { name, ...(identity.dateOfBirth ? { dateOfBirth: identity.dateOfBirth } : {}) };
      const hits = await this.candidates([partnershipId], terms);
      for (const found of await this.ranked([partnershipId], hits, (existing) =>
        isCloseMatch(identity, existing) ? matchScore(terms, existing) : 0,
      )) {
        if (found.score > 0 && (seen.get(found.personId)?.score ?? 0) < found.score) seen.set(found.personId, found);
      }
    }
    return [...seen.values()].sort((a, b) => b.score - a.score || a.personId.localeCompare(b.personId));
  }

  private async candidates(partnershipIds: readonly string[], terms: SearchTerms): Promise<string[]> {
    const tokens = this.index.queryFor(partnershipIds, terms);
    if (tokens.length === 0) return [];
    // Each term's best weight per record (FILTER per term), summed.
    const termCount = Math.max(...tokens.map((t) => t.term)) + 1;
    const score = Array.from({ length: termCount }, (_, term) => `coalesce(max(q.weight) FILTER (WHERE q.term = ${term}), 0)`).join(' + ');
    const params = [
      tokens.map((t) => t.token),
      tokens.map((t) => t.term),
      tokens.map((t) => t.weight),
      CANDIDATES,
      this.selectiveTokenHits,
    ];
    // The records that hold a selective token (one held by at most selectiveTokenHits records: a date of
    // birth, a postcode, a rare name or its variants), each scored on all its tokens: a common forename's
    // tens of thousands of holders are never aggregated. Without a selective token, every hit is scored.
    const selective =
      this.selectiveTokenHits <= 0
        ? []
        : await this.dataSource.query<{ person_id: string }[]>(
            `WITH q AS (SELECT * FROM unnest($1::bigint[], $2::int[], $3::real[]) AS q(token, term, weight)),
       sample AS (
         SELECT q.token, h.person_id FROM q
         CROSS JOIN LATERAL (SELECT t.person_id FROM people_search_tokens t WHERE t.token = q.token LIMIT $5 + 1) h),
       candidates AS (
         SELECT DISTINCT person_id FROM sample
         WHERE token IN (SELECT token FROM sample GROUP BY token HAVING count(*) <= $5))
       SELECT t.person_id
       FROM candidates c
       JOIN people_search_tokens t ON t.person_id = c.person_id
       JOIN q ON q.token = t.token
       GROUP BY t.person_id ORDER BY ${score} DESC, t.person_id LIMIT $4`,
            params,
          );
    if (selective.length > 0) return selective.map((row) => row.person_id);
    const rows = await this.dataSource.query<{ person_id: string }[]>(
      `SELECT t.person_id
       FROM unnest($1::bigint[], $2::int[], $3::real[]) AS q(token, term, weight)
       JOIN people_search_tokens t ON t.token = q.token
       GROUP BY t.person_id ORDER BY ${score} DESC, t.person_id LIMIT $4`,
      params.slice(0, 4),
    );
    return rows.map((row) => row.person_id);
  }

  /**
   * The hits decrypted and scored, each as its canonical person (the best-scoring record of a person counts),
   * best first: the records read at once, the merges once per partnership, and only canonical records not
   * among the hits read after.
   */
  private async ranked(
    partnershipIds: readonly string[],
    personIds: readonly string[],
    score: (identity: PersonIdentity) => number,
  ): Promise<FoundPerson[]> {
    const records = new Map((await this.records.read(personIds)).map((record) => [record.personId, record]));
    const merges = new Map<string, Awaited<ReturnType<PersonMerges['stateOf']>>>();
    const best = new Map<string, { partnershipId: string; score: number }>();
    for (const record of records.values()) {
      // Tokens are the partnership's own, so a hit elsewhere could only be a 64-bit collision: never shown.
      if (!record.identity || !partnershipIds.includes(record.partnershipId)) continue;
      if (!merges.has(record.partnershipId)) merges.set(record.partnershipId, await this.merges.stateOf(record.partnershipId));
      const personId = canonicalPersonId(merges.get(record.partnershipId)!, record.personId);
      const value = score(record.identity);
      if ((best.get(personId)?.score ?? -1) < value) best.set(personId, { partnershipId: record.partnershipId, score: value });
    }
    const missing = [...best.keys()].filter((id) => !records.has(id));
    for (const record of await this.records.read(missing)) records.set(record.personId, record);
    return [...best.entries()]
      .flatMap(([personId, { partnershipId, score: value }]) => {
        const identity = records.get(personId)?.identity;
        return identity ? [{ personId, partnershipId, identity, score: Math.round(value * 1000) / 1000 }] : [];
      })
      .sort((a, b) => b.score - a.score || a.personId.localeCompare(b.personId));
  }
}
