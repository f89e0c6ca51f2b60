import { CallerCommand } from '@app/access';
import type { RefusedRow } from './marac-history-csv.js';

export interface ImportMaracHistoryInput {
  partnershipId: string;
  /** The file's text: a MARAC history CSV (columns in marac-history-csv.ts). */
  csv: string;
  /** Validate and match every row through the same commands, appending nothing (CommandExecutor.dryRun). */
  dryRun: boolean;
  /** Told after each data row (the CLI's progress bar). */
  onProgress?: (done: number, total: number) => void;
}

/** What an import did, with no personal data: counts, and each refused row by its number and why. */
export interface ImportReport {
  dryRun: boolean;
  /** Data rows in the file. */
  rows: number;
  /** Rows whose referral this run wrote (in a dry run: would write). */
  imported: number;
  /** Rows an earlier run imported already: nothing added for them (their missing hearings, if any, are added). */
  alreadyImported: number;
  /** Of the rows imported now or before, the referrals that are repeats (SafeLives rule). */
  repeats: number;
  /** In row order. A row whose referral was imported but a hearing refused is listed too, saying so. */
  refused: RefusedRow[];
}

/**
 * Import a partnership's past MARAC referrals (and their hearings) from a spreadsheet, through the same
 * commands as the API, so that the repeats of its first year on the product are found (see
 * ImportMaracHistoryHandler). Admins of the partnership.
 */
export class ImportMaracHistoryCommand extends CallerCommand<ImportMaracHistoryInput, ImportReport> {}
