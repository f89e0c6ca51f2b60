/**
 * Defaults of the MARAC rules. The configurable ones belong to a partnership's configuration and come in
 * on the commands; these are the values to ship.
 */

/** Potential escalation: this many police call-outs ... (configurable per partnership). */
export const DEFAULT_POLICE_CALLOUT_THRESHOLD = 3;

/** ... in this many months up to the referral date (configurable per partnership). */
export const DEFAULT_POLICE_CALLOUT_WINDOW_MONTHS = 12;

/**
 * SafeLives' repeat window, not configurable: a further incident or a new referral within 12 months of the
 * last MARAC referral (the anniversary day included) is a repeat; later ones make a new case.
 */
export const REPEAT_WINDOW_MONTHS = 12;
