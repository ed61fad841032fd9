import { z } from 'zod';
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

const summaryColumns =
  'w.row_id, w.agency, w.item_id, w.version, w.format, w.headline, w.urgency, w.version_created, w.received_at, w.notice, w.updated, w.read_at';

export const wireColumns = `${summaryColumns}, w.source, w.item`;

/**
 * What a list shows, with only the two fields it needs from the stored item, taken out by
 * SQLite: parsing every listed item whole (a body of hundreds of words each) cost a list of 200
 * most of its time.
 */
export const wireSummaryColumns = `${summaryColumns}, json_extract(w.item, '$.credit') AS credit, json_extract(w.item, '$.subjects') AS subjects`;

/** The columns of `wireSummaryColumns`. */
export interface WireSummaryRow extends Omit<WireRow, 'source' | 'item'> {
  credit: string;
  subjects: string;
}

const ListedParts = z.object({ credit: z.string(), subjects: z.array(z.string()) });

const summaryOf = (row: Omit<WireRow, 'source' | 'item'>, item: ListedParts): WireSummary => ({
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

type ListedParts = z.infer<typeof ListedParts>;

export const wireRowToSummary = (row: WireSummaryRow): WireSummary =>
  summaryOf(
    row,
    ListedParts.parse({ credit: row.credit, subjects: JSON.parse(row.subjects) as unknown }),
  );

/** A row as the full entry: the summary, the item and the file it came from. */
export const wireRowToEntry = (row: WireRow): WireEntry => {
  const item = itemOf(row);
  return { ...summaryOf(row, item), item, source: row.source };
};
