import { AppError } from '../../../shared/errors/error-code';
import { count } from './count';

/** Tables an article can hold: each cell costs memory and time down to the editor's layout. */
export const tableLimits = { columns: 64, cells: 20_000 };

/** Refuses a table wider, or tables larger in all, than `tableLimits`. */
export const assertTableSize = (columns: number, cellsSoFar: number): void => {
  if (columns > tableLimits.columns) {
    throw new AppError(
      'invalid',
      `a table is ${count(columns)} columns wide; Copydesk accepts ${count(tableLimits.columns)}.`,
    );
  }
  if (cellsSoFar > tableLimits.cells) {
    throw new AppError(
      'invalid',
      `its tables hold more than ${count(tableLimits.cells)} cells; Copydesk accepts ${count(tableLimits.cells)}.`,
    );
  }
};
