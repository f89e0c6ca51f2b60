import { ApiProperty } from '@nestjs/swagger';
import { CallerQuery } from '@app/access';
import { CONTACT_KINDS, type ContactKind, type RowKind, type TableSection } from '../../domain/index.js';
import { EXAMPLE_SERVICE_ID } from '../vs-common.js';

/** A figure: a count or percentage (null: a ratio over 0); analysts see 1-4 as "<5" and "suppressed" where a total would give one back. */
const FIGURE_FORMS = [
  { type: 'number' as const, nullable: true },
  { type: 'string' as const, pattern: '^(<\\d+|suppressed)$', example: '<5' },
];
const FigureProperty = (example: number | null, description?: string): PropertyDecorator =>
  ApiProperty({
    oneOf: FIGURE_FORMS,
    example,
    description: `${description ? `${description} ` : ''}Analysts see 1-4 as "<5" and "suppressed" where a total would give one back.`,
  });

/** One figure: a count (`<5` / `suppressed` in the published view), or a percentage with its counts. */
export class TableCellView {
  @FigureProperty(42, 'The count; for a ratio row the percentage (null when the denominator is 0).')
  value: number | string | null;
  @FigureProperty(null, 'Ratio rows: the numerator count.')
  numerator: number | string | null;
  @FigureProperty(null, 'Ratio rows: the denominator count.')
  denominator: number | string | null;
  @ApiProperty({ example: false, description: 'Ratio rows: the denominator is under the small-number threshold.' })
  smallBase: boolean;
}

export class TableRowView {
  @ApiProperty({ example: 'new_referrals', description: 'Stable name of the figure (reused by performance reporting).' })
  name: string;
  @ApiProperty({ example: 'New referrals' })
  label: string;
  @ApiProperty({ enum: ['summary', 'activity', 'outcomes'], example: 'activity' })
  section: TableSection;
  @ApiProperty({ enum: ['flow', 'snapshot', 'distinct', 'ratio'], example: 'flow', description: 'Decides the Year column.' })
  kind: RowKind;
  @ApiProperty({ example: 'Cases referred with a referral date in the period.' })
  definition: string;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'Ratio rows: the row of the numerator.' })
  numerator: string | null;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'Ratio rows: the row of the denominator.' })
  denominator: string | null;
  @ApiProperty({ type: [TableCellView], description: 'Q1 (Apr-Jun), Q2, Q3, Q4.' })
  quarters: TableCellView[];
  @ApiProperty({ type: TableCellView })
  year: TableCellView;
  @ApiProperty({ type: 'integer', nullable: true, example: 60, description: "The year's aim (a percentage for ratio rows)." })
  aim: number | null;
  @ApiProperty({
    enum: ['met', 'below-aim', 'no-aim', 'no-data', 'suppressed'],
    example: 'below-aim',
    description: 'The Year against the aim.',
  })
  status: 'met' | 'below-aim' | 'no-aim' | 'no-data' | 'suppressed';
}

export class StockFlowView {
  @ApiProperty({ example: 'Q1' })
  quarter: string;
  @FigureProperty(0)
  openAtStart: number | string | null;
  @FigureProperty(7)
  newReferrals: number | string | null;
  @FigureProperty(3)
  casesClosed: number | string | null;
  @FigureProperty(4)
  openAtEnd: number | string | null;
  @ApiProperty({ example: true, description: 'open at start + new - closed = open at end; a mismatch is reported, not hidden.' })
  balances: boolean;
}

export class ContactsRowView {
  @ApiProperty({ enum: CONTACT_KINDS, example: 'home-visit' })
  kind: ContactKind;
  @ApiProperty({ type: 'array', items: { oneOf: FIGURE_FORMS }, example: [3, 5, 4, 2], description: 'Q1..Q4.' })
  quarters: (number | string | null)[];
  @FigureProperty(14, 'The sum of the quarters (a flow).')
  year: number | string | null;
}

export class QuarterlyTable {
  @ApiProperty({ example: EXAMPLE_SERVICE_ID })
  serviceId: string;
  @ApiProperty({ example: 'ASB Support Service' })
  serviceName: string;
  @ApiProperty({ example: '2016-17' })
  financialYear: string;
  @ApiProperty({
    enum: ['exact', 'published'],
    example: 'exact',
    description: 'Service managers and admins see exact figures; analysts the published view (small counts suppressed).',
  })
  view: 'exact' | 'published';
  @ApiProperty({ type: 'integer', example: 5 })
  smallCountThreshold: number;
  @ApiProperty({ type: [TableRowView], description: 'Summary (ratios), Activity, Outcomes.' })
  rows: TableRowView[];
  @ApiProperty({ type: [StockFlowView] })
  stockFlow: StockFlowView[];
  @ApiProperty({ type: [ContactsRowView], description: 'The second table: contacts per quarter by kind.' })
  contacts: ContactsRowView[];
}

export class GetQuarterlyTableQuery extends CallerQuery<{ serviceId: string; financialYear: string }, QuarterlyTable> {}
