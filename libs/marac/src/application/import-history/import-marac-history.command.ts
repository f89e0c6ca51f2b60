import { ApiProperty } from '@nestjs/swagger';
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

/** A refused row: its line in the file and why, never a value of the row. */
export class RefusedRowReport implements RefusedRow {
  @ApiProperty({ example: 7, description: "The row's line in the file (the header is line 1)." })
  row: number;
  @ApiProperty({ example: 'There is no such MARAC.', description: 'Why, naming columns and rules; never a value of the row.' })
  reason: string;
}

/** What an import did, with no personal data: counts, and each refused row by its number and why. */
export class ImportReport {
  @ApiProperty()
  dryRun: boolean;
  @ApiProperty({ example: 120, description: 'Data rows in the file.' })
  rows: number;
  @ApiProperty({ example: 117, description: 'Rows whose referral this run wrote (in a dry run: would write).' })
  imported: number;
  @ApiProperty({
    example: 0,
    description: 'Rows an earlier run imported already: nothing added for them (their missing hearings, if any, are added).',
  })
  alreadyImported: number;
  @ApiProperty({ example: 31, description: 'Of the rows imported now or before, the referrals that are repeats (SafeLives rule).' })
  repeats: number;
  @ApiProperty({
    type: RefusedRowReport,
    isArray: true,
    description: 'In row order. A row whose referral was imported but a hearing refused is listed too, saying so.',
  })
  refused: RefusedRowReport[];
}

/**
 * Import a partnership's past MARAC referrals (and their hearings) from a spreadsheet, through the same
 * commands as the API, so that the repeats of its first year on the product are found (see
 * ImportMaracHistoryHandler). Admins of the partnership.
 */
export class ImportMaracHistoryCommand extends CallerCommand<ImportMaracHistoryInput, ImportReport> {}
