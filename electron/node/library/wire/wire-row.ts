import type { WireEntry, WireSummary } from '../../../../shared/model/wire-entry';
import { WireItem } from '../../../../shared/model/wire-item';

/** The columns of a wire item row, as selected by `wireColumns`. */
export interface WireRow {
  row_id: number;
  agency: string;
  item_id: string;
  version: number;
  format: WireSummary['format'];
  headline: string;
  urgency: number | null;
  version_created: string | null;
  received_at: string;
  notice: WireSummary['notice'];
  updated: number;
  read_at: string | null;
  source: string;
  item: string;
}

export const wireColumns =
  'w.row_id, w.agency, w.item_id, w.version, w.format, w.headline, w.urgency, w.version_created, w.received_at, w.notice, w.updated, w.read_at, w.source, w.item';

const summaryOf = (row: WireRow, item: WireItem): WireSummary => ({
  id: row.row_id,
  format: row.format,
  agency: row.agency,
  credit: item.credit,
  itemId: row.item_id,
  version: row.version,
  headline: row.headline,
  urgency: row.urgency,
  subjects: item.subjects,
  versionCreated: row.version_created,
  receivedAt: row.received_at,
  notice: row.notice,
  updated: row.updated === 1,
  read: row.read_at !== null,
});

// The stored item is checked again on the way out.
const itemOf = (row: WireRow): WireItem => WireItem.parse(JSON.parse(row.item));

export const wireRowToSummary = (row: WireRow): WireSummary => summaryOf(row, itemOf(row));

/** A row as the full entry: the summary, the item and the file it came from. */
export const wireRowToEntry = (row: WireRow): WireEntry => {
  const item = itemOf(row);
  return { ...summaryOf(row, item), item, source: row.source };
};
