/**
 * Small-count suppression that holds against the figures published beside a count: primary suppression
 * (1 to threshold-1 shown as `<threshold`), and secondary suppression (`suppressed`) of further cells
 * wherever the table's totals would give a suppressed cell back by arithmetic.
 *
 * A table is its interior counts (rows x columns, e.g. MARACs x quarters) published with every margin:
 * row totals, column totals and the grand total. Written as a (rows+1) x (columns+1) array in which each
 * row and each column balances (the margin is the sum of the rest), the values of the suppressed cells
 * that fit the published ones differ by combinations of cycles of suppressed cells (+k, -k around a
 * cycle that alternates between a row and a column). So a suppressed cell can be computed from the rest
 * exactly when no cycle of suppressed cells passes through it: when it is a bridge of the bipartite graph
 * whose nodes are the rows and columns and whose edges are the suppressed cells. Secondary suppression
 * puts every suppressed cell on a cycle: for each bridge it suppresses the cheapest rectangle through it
 * (the least total of the cells it has to add, zero cells avoided as they protect nothing).
 *
 * Every view that publishes a cell of the table must publish it as the table does (the same pattern), or
 * one view gives back what another suppressed; and a ratio of two cells (a rate, a percentage) is
 * published only when both are (`publishedRatio`).
 */
export type TableCell = number | `<${number}` | 'suppressed';

export interface SuppressedTable {
  /** (rows+1) x (columns+1): the interior, each row's total in the last column, the column totals in the last row. */
  cells: TableCell[][];
  /** The exact values, the same shape (for a caller that keeps exact figures, and for tests). */
  values: number[][];
}

type CellState = 'shown' | 'primary' | 'secondary';

/** A zero protects nothing (it cannot go lower), so it is the last choice for a secondary suppression. */
const ZERO_CELL_COST = 1_000_000;

/** The table with its margins, small counts suppressed and secondary suppression wherever arithmetic would undo it. */
export function suppressTable(interior: readonly (readonly number[])[], threshold: number): SuppressedTable {
  const values = withMargins(interior);
  const states = values.map((row) => row.map((value): CellState => (value > 0 && value < threshold ? 'primary' : 'shown')));
  protectWithCycles(values, states);
  const cells = values.map((row, r) =>
    row.map((value, c): TableCell => (states[r][c] === 'primary' ? `<${threshold}` : states[r][c] === 'secondary' ? 'suppressed' : value)),
  );
  return { cells, values };
}

/** True when a published cell is hidden (primary or secondary). */
export function isSuppressed(cell: TableCell | null): cell is `<${number}` | 'suppressed' {
  return typeof cell === 'string';
}

/** A ratio of two cells, published only when both are: a rate beside a suppressed count would give it back. */
export function publishedRatio<T>(numerator: TableCell, denominator: TableCell, ratio: T): T | 'suppressed' {
  return isSuppressed(numerator) || isSuppressed(denominator) ? 'suppressed' : ratio;
}

function withMargins(interior: readonly (readonly number[])[]): number[][] {
  if (interior.length === 0 || interior[0].length === 0) throw new Error('a table needs at least one row and one column');
  const columns = interior[0].length;
  for (const row of interior) {
    if (row.length !== columns) throw new Error('every row of a table needs the same number of columns');
    for (const value of row) if (!Number.isInteger(value) || value < 0) throw new Error('a table holds counts: whole numbers, 0 or more');
  }
  const rows = interior.map((row) => [...row, row.reduce((sum, value) => sum + value, 0)]);
  const totals = rows[0].map((_, c) => rows.reduce((sum, row) => sum + row[c], 0));
  return [...rows, totals];
}

function protectWithCycles(values: number[][], states: CellState[][]): void {
  for (;;) {
    const bridge = bridgesOf(states)[0];
    if (!bridge) return;
    const [r, c] = bridge;
    let best: { cells: [number, number][]; cost: number } | undefined;
    for (let r2 = 0; r2 < values.length; r2++) {
      if (r2 === r) continue;
      for (let c2 = 0; c2 < values[0].length; c2++) {
        if (c2 === c) continue;
        const added = (
          [
            [r, c2],
            [r2, c],
            [r2, c2],
          ] as [number, number][]
        ).filter(([i, j]) => states[i][j] === 'shown');
        const cost = added.reduce((sum, [i, j]) => sum + (values[i][j] === 0 ? ZERO_CELL_COST : values[i][j]), 0);
        if (!best || cost < best.cost) best = { cells: added, cost };
      }
    }
    for (const [i, j] of best!.cells) states[i][j] = 'secondary';
  }
}

/** The suppressed cells that lie on no cycle of suppressed cells (Tarjan's bridges over rows and columns as nodes). */
function bridgesOf(states: CellState[][]): [number, number][] {
  const rows = states.length;
  const columns = states[0].length;
  const node = { row: (r: number) => r, column: (c: number) => rows + c };
  const edges: [number, number][] = [];
  const adjacent: { to: number; edge: number }[][] = Array.from({ length: rows + columns }, () => []);
  states.forEach((row, r) =>
    row.forEach((state, c) => {
      if (state === 'shown') return;
      const edge = edges.push([r, c]) - 1;
      adjacent[node.row(r)].push({ to: node.column(c), edge });
      adjacent[node.column(c)].push({ to: node.row(r), edge });
    }),
  );
  const order = new Array<number>(rows + columns).fill(-1);
  const low = new Array<number>(rows + columns).fill(0);
  const bridges: [number, number][] = [];
  let counter = 0;
  const visit = (at: number, viaEdge: number) => {
    order[at] = low[at] = counter++;
    for (const { to, edge } of adjacent[at]) {
      if (edge === viaEdge) continue;
      if (order[to] === -1) {
        visit(to, edge);
        low[at] = Math.min(low[at], low[to]);
        if (low[to] > order[at]) bridges.push(edges[edge]);
      } else {
        low[at] = Math.min(low[at], order[to]);
      }
    }
  };
  for (let start = 0; start < rows + columns; start++) if (order[start] === -1) visit(start, -1);
  return bridges;
}
