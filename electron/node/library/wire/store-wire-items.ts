import type { WireStoreOutcome } from '../../../../shared/model/wire-entry';
import { WireItem } from '../../../../shared/model/wire-item';
import { AppError } from '../../../../shared/errors/error-code';
import { documentText } from '../../../../shared/text/document-text';
import type { LibraryContext } from '../storage/library-context';
import { writeTransaction } from '../storage/library-context';
import { prepared } from '../storage/prepared';

interface Existing {
  row_id: number;
  version: number;
}

const columns = (item: WireItem, source: string, receivedAt: string) => ({
  agency: item.agency,
  itemId: item.itemId,
  version: item.version,
  format: item.format,
  headline: item.headline,
  urgency: item.urgency,
  versionCreated: item.versionCreated,
  receivedAt,
  notice: item.notice,
  source,
  item: JSON.stringify(item),
});

const index = (context: LibraryContext, rowId: number, item: WireItem): void => {
  prepared(context.db, 'DELETE FROM wire_search WHERE rowid = ?').run(rowId);
  prepared(
    context.db,
    'INSERT INTO wire_search (rowid, headline, body, bylines, tags) VALUES (?, ?, ?, ?, ?)',
  ).run(
    rowId,
    `${item.headline}\n${item.slugline}`,
    documentText(item.body),
    item.bylines.join('\n'),
    [...item.subjects, ...item.keywords].join('\n'),
  );
};

const storeOne = (context: LibraryContext, item: WireItem, source: string): WireStoreOutcome => {
  const { db } = context;
  const existing = prepared(
    db,
    'SELECT row_id, version FROM wire_items WHERE agency = ? AND item_id = ?',
  ).get(item.agency, item.itemId) as Existing | undefined;
  const identity = {
    agency: item.agency,
    itemId: item.itemId,
    version: item.version,
    headline: item.headline,
  };
  if (existing !== undefined && existing.version >= item.version) {
    return { ...identity, outcome: 'kept', id: existing.row_id };
  }
  const values = columns(item, source, context.now().toISOString());
  if (existing === undefined) {
    const inserted = prepared(
      db,
      `INSERT INTO wire_items (agency, item_id, version, format, headline, urgency, version_created,
       received_at, notice, source, item) VALUES (@agency, @itemId, @version, @format, @headline,
       @urgency, @versionCreated, @receivedAt, @notice, @source, @item)`,
    ).run(values);
    const id = Number(inserted.lastInsertRowid);
    index(context, id, item);
    return { ...identity, outcome: 'added', id };
  }
  // A newer version takes the older one's place, unread again, marked as an update.
  prepared(
    db,
    `UPDATE wire_items SET version = @version, format = @format, headline = @headline,
     urgency = @urgency, version_created = @versionCreated, received_at = @receivedAt,
     notice = @notice, updated = 1, read_at = NULL, source = @source, item = @item
     WHERE row_id = @rowId`,
  ).run({ ...values, rowId: existing.row_id });
  index(context, existing.row_id, item);
  return { ...identity, outcome: 'updated', id: existing.row_id };
};

/**
 * Stores the items of one wire file in one transaction: each is added, replaces an older version
 * of the same agency item, or is kept out because the library already holds that version or a newer one.
 */
export const storeWireItems = (
  context: LibraryContext,
  items: readonly WireItem[],
  source: string,
): WireStoreOutcome[] => {
  const checked = items.map((item) => {
    const parsed = WireItem.safeParse(item);
    if (!parsed.success) {
      throw new AppError('invalid', `Wire item from ${source}: ${parsed.error.issues[0]?.message}`);
    }
    return parsed.data;
  });
  return writeTransaction(context, () => checked.map((item) => storeOne(context, item, source)));
};
