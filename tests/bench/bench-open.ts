import Database from 'better-sqlite3';
import { ListQuery } from '../../shared/model/list-query';
import { listFilter } from '../../electron/node/library/search/list-filter';
import { listOrder } from '../../electron/node/library/search/list-order';
import { openLibrary } from '../../electron/node/library/open-library';
import { summaryColumns } from '../../electron/node/library/search/summary-row';
import type { Comparison } from './interleave';
import { interleave } from './interleave';

/**
 * (a) Open the library and fetch the first list page (50, by last update) against the same SQL
 * run on an already-open better-sqlite3 connection.
 */
export const benchOpenFirstPage = (
  folder: string,
  database: string,
  rounds: number,
): Comparison => {
  const query = ListQuery.parse({ limit: 50, sort: 'updated' });
  const filter = listFilter(query);
  const raw = new Database(database, { readonly: true, fileMustExist: true });
  try {
    const page = raw.prepare(
      `SELECT ${summaryColumns} FROM articles a WHERE ${filter.where} ORDER BY ${listOrder(query, null)} LIMIT ? OFFSET ?`,
    );
    const total = raw.prepare(`SELECT count(*) FROM articles a WHERE ${filter.where}`).pluck();
    return interleave({
      rounds,
      warmUp: 1,
      cases: 1,
      subject: () => {
        const library = openLibrary(folder, { create: false });
        const first = library.list({ limit: 50, sort: 'updated' });
        if (first.items.length === 0) throw new Error('The generated library lists no article.');
        return () => library.close();
      },
      baseline: () => {
        page.all(...filter.parameters, 50, 0);
        total.get(...filter.parameters);
      },
    });
  } finally {
    raw.close();
  }
};
