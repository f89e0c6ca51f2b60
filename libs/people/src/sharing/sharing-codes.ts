/** The code lists of consent and the basis for sharing. Stored in events as these exact strings: never rename one. */

/** What information is shared for: one purpose per context that shares a person's record with partner agencies. */
export const SHARING_PURPOSES = ['marac', 'victim-services', 'case-review', 'iom'] as const;
export type SharingPurpose = (typeof SHARING_PURPOSES)[number];

/**
 * The lawful bases for sharing without consent: the Crime and Disorder Act 1998 s.115 with the Data Protection
 * Act 2018; DPA 2018 Part 3 (processing by competent authorities for law enforcement); vital interests;
 * safeguarding (children or adults at risk).
 */
export const LAWFUL_BASES = ['crime-and-disorder-act-s115', 'dpa-2018-part-3', 'vital-interests', 'safeguarding'] as const;
export type LawfulBasis = (typeof LAWFUL_BASES)[number];

export const CONSENT_DECISIONS = ['given', 'refused', 'withdrawn'] as const;
export type ConsentDecision = (typeof CONSENT_DECISIONS)[number];

/** How the person's decision was obtained. */
export const CONSENT_METHODS = ['written', 'verbal', 'electronic', 'through-representative'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/**
 * A partner agency, as the contexts name them (`police`, `idva`, `housing`, ...): a lowercase code rather than
 * a closed list here, since each context keeps its own list of agencies and checks its own.
 */
export const AGENCY_CODE = /^[a-z][a-z0-9-]{0,59}$/;
