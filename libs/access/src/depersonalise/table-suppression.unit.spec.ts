import fc from 'fast-check';
import { isSuppressed, publishedRatio, suppressTable, type TableCell } from './table-suppression.js';

/**
 * The suppressed cells an attacker can compute from the published ones: each row and column of the table
 * with its margins balances, so the suppressed cells are unknowns of a linear system whose other terms
 * are published. A cell is given back when the system fixes it (it is a pivot of the reduced row echelon
 * form with no free unknown beside it). Worked by elimination, independently of the algorithm's graph view.
 */
function computable(cells: TableCell[][], values: number[][]): [number, number][] {
  const unknowns: [number, number][] = [];
  cells.forEach((row, r) => row.forEach((cell, c) => isSuppressed(cell) && unknowns.push([r, c])));
  const lastRow = cells.length - 1;
  const lastColumn = cells[0].length - 1;
  // Each equation: sum of the line's interior - its margin = 0, as coefficients over the unknowns and a constant.
  const lines: { cells: [number, number][]; margin: [number, number] }[] = [
    ...cells.map((_, r) => ({
      cells: cells[0].slice(0, lastColumn).map((__, c): [number, number] => [r, c]),
      margin: [r, lastColumn] as [number, number],
    })),
    ...cells[0].map((_, c) => ({
      cells: cells.slice(0, lastRow).map((__, r): [number, number] => [r, c]),
      margin: [lastRow, c] as [number, number],
    })),
  ];
  const matrix = lines.map((line) => {
    const row = new Array<number>(unknowns.length + 1).fill(0);
    const add = ([r, c]: [number, number], sign: number) => {
      const index = unknowns.findIndex(([ur, uc]) => ur === r && uc === c);
      if (index >= 0) row[index] += sign;
      else row[unknowns.length] -= sign * values[r][c];
    };
    line.cells.forEach((cell) => add(cell, 1));
    add(line.margin, -1);
    return row;
  });
  const pivots: number[] = [];
  let rank = 0;
  for (let column = 0; column < unknowns.length && rank < matrix.length; column++) {
    const pivot = matrix.findIndex((row, i) => i >= rank && Math.abs(row[column]) > 1e-9);
    if (pivot < 0) continue;
    [matrix[rank], matrix[pivot]] = [matrix[pivot], matrix[rank]];
    const divisor = matrix[rank][column];
    matrix[rank] = matrix[rank].map((x) => x / divisor);
    matrix.forEach((row, i) => {
      if (i !== rank && Math.abs(row[column]) > 1e-9) {
        const factor = row[column];
        matrix[i] = row.map((x, j) => x - factor * matrix[rank][j]);
      }
    });
    pivots.push(column);
    rank++;
  }
  return pivots
    .map((column, i) => ({ column, row: matrix[i] }))
    .filter(({ column, row }) => row.slice(0, unknowns.length).every((x, j) => j === column || Math.abs(x) < 1e-9))
    .map(({ column }) => unknowns[column]);
}

describe('table suppression', () => {
  it("keeps a quarter's <5 from coming back as the year less the other quarters", () => {
    const { cells } = suppressTable([[2, 6, 7, 8]], 5);
    expect(cells[0]).toEqual(['<5', 'suppressed', 7, 8, 23]);
    // One row: the total row repeats it, suppressed alike. Q1 + Q2 = 23 - 15 = 8 leaves Q1 anywhere in 1-4.
    expect(cells[1]).toEqual(['<5', 'suppressed', 7, 8, 23]);
  });

  it('leaves a table without small counts as it is, and zeros as zeros', () => {
    expect(
      suppressTable(
        [
          [0, 6],
          [7, 0],
        ],
        5,
      ).cells,
    ).toEqual([
      [0, 6, 6],
      [7, 0, 7],
      [7, 6, 13],
    ]);
  });

  it('suppresses every small count and gives none back by arithmetic, for any table', () => {
    const table = fc.record({ rows: fc.integer({ min: 1, max: 5 }), columns: fc.integer({ min: 1, max: 5 }) }).chain(({ rows, columns }) =>
      fc.array(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      }),
    );
    fc.assert(
      fc.property(table, (interior) => {
        const { cells, values } = suppressTable(interior, 5);
        cells.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (values[r][c] > 0 && values[r][c] < 5) expect(cell).toBe('<5');
            if (!isSuppressed(cell)) expect(cell).toBe(values[r][c]);
          }),
        );
        expect(computable(cells, values)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('publishes a ratio only when both its counts are published', () => {
    expect(publishedRatio(20, 40, 0.5)).toBe(0.5);
    expect(publishedRatio('<5', 20, 0.1)).toBe('suppressed');
    expect(publishedRatio(7, 'suppressed', 0.2)).toBe('suppressed');
  });

  it('refuses what is not a table of counts', () => {
    expect(() => suppressTable([], 5)).toThrow();
    expect(() => suppressTable([[1, 2], [3]], 5)).toThrow();
    expect(() => suppressTable([[-1]], 5)).toThrow();
  });
});
