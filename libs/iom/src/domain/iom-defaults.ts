/**
 * IOM's configurable lists and their defaults (domain brief, "IOM cohorts"; the 2020 IOM refresh). A cohort
 * is registered with its own strands, offence categories and before/after window, or these defaults.
 */
export interface OffenceCategory {
  /** Stable code recorded on offences, e.g. `residential-burglary`. */
  code: string;
  label: string;
  /** Neighbourhood crime (the Fixed strand's offences: burglary, robbery, theft from the person, vehicle offences). */
  neighbourhoodCrime: boolean;
  /** Weight of one offence of this category in the severity-weighted measure. */
  severityWeight: number;
}

export const DEFAULT_STRANDS = ['Fixed', 'Flex', 'Free'] as const;

/** Home Office-style offence groups, neighbourhood crime flagged; weights rank harm (violence with injury highest). */
export const DEFAULT_OFFENCE_CATEGORIES: readonly OffenceCategory[] = [
  { code: 'residential-burglary', label: 'Residential burglary', neighbourhoodCrime: true, severityWeight: 4 },
  { code: 'business-burglary', label: 'Business burglary', neighbourhoodCrime: true, severityWeight: 3 },
  { code: 'personal-robbery', label: 'Personal robbery', neighbourhoodCrime: true, severityWeight: 5 },
  { code: 'business-robbery', label: 'Business robbery', neighbourhoodCrime: true, severityWeight: 5 },
  { code: 'theft-from-the-person', label: 'Theft from the person', neighbourhoodCrime: true, severityWeight: 2 },
  { code: 'vehicle-offences', label: 'Vehicle offences', neighbourhoodCrime: true, severityWeight: 2 },
  { code: 'violence-with-injury', label: 'Violence with injury', neighbourhoodCrime: false, severityWeight: 6 },
  { code: 'violence-without-injury', label: 'Violence without injury', neighbourhoodCrime: false, severityWeight: 3 },
  { code: 'criminal-damage', label: 'Criminal damage', neighbourhoodCrime: false, severityWeight: 1 },
  { code: 'shoplifting', label: 'Shoplifting', neighbourhoodCrime: false, severityWeight: 1 },
  { code: 'drugs', label: 'Drugs', neighbourhoodCrime: false, severityWeight: 2 },
  { code: 'public-order', label: 'Public order', neighbourhoodCrime: false, severityWeight: 1 },
  { code: 'other', label: 'Other', neighbourhoodCrime: false, severityWeight: 1 },
];

/** Months before and after each member's own adoption date in the before/after measure. */
export const DEFAULT_BEFORE_AFTER_MONTHS = 12;

export const OFFENDER_STATUSES = ['in-community', 'in-custody', 'unlawfully-at-large', 'in-hospital'] as const;
export type OffenderStatus = (typeof OFFENDER_STATUSES)[number];
export const CUSTODY_KINDS = ['remanded', 'sentenced'] as const;
export type CustodyKind = (typeof CUSTODY_KINDS)[number];

export const OFFENCE_OUTCOMES = ['charged', 'convicted', 'cautioned', 'no-further-action'] as const;
export type OffenceOutcome = (typeof OFFENCE_OUTCOMES)[number];
/** The outcomes that prove an offence (MoJ proven reoffending: a conviction or a caution). */
export const PROVING_OUTCOMES: readonly OffenceOutcome[] = ['convicted', 'cautioned'];

export const EXIT_REASONS = ['deselected', 'completed', 'moved-away', 'died', 'other'] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];
