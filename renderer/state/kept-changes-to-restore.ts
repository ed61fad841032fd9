import type { Article } from '../../shared/model/article';
import { canonicalJson } from '../../shared/package/canonical-json';
import type { PendingEdit, PendingEdits } from './pending-edits';

const sameValue = (left: unknown, right: unknown) => canonicalJson(left) === canonicalJson(right);

/**
 * The kept edit of an article that holds words the stored article lacks, or null. One the stored
 * article already matches (its save landed before the page went away) is forgotten.
 */
export async function keptChangesToRestore(
  pendingEdits: PendingEdits | undefined,
  stored: Article,
): Promise<PendingEdit | null> {
  let kept: PendingEdit | null;
  try {
    kept = (await pendingEdits?.read(stored.id)) ?? null;
  } catch (error) {
    console.error('Copydesk: kept text could not be read:', error);
    return null;
  }
  if (!kept) return null;
  const fields = stored as unknown as Record<string, unknown>;
  const differs = Object.entries(kept.changes).some(
    ([name, value]) => !sameValue(value, fields[name]),
  );
  if (differs) return kept;
  await pendingEdits?.forget(stored.id).catch(() => undefined);
  return null;
}
