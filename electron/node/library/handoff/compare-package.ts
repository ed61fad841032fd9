import type { Handoff } from '../../../../shared/model/handoff';
import type { PackageOutcome } from '../../../../shared/model/package-outcome';

export interface ComparedSide {
  hash: string;
  handoffs: readonly Handoff[];
}

/**
 * Whether the package holds a version this library already had: the library sent or received
 * this very package, or the package's content is that of one of the library's handoffs and the
 * package has seen none of the library's later ones. Content alone is not enough: an article that
 * goes back to an earlier text (a resubmission without edits) is a new version, not an old one.
 */
const packageIsAncestor = (local: ComparedSide, incoming: ComparedSide): boolean => {
  const sent = incoming.handoffs.at(-1);
  const localIds = new Set(local.handoffs.map((handoff) => handoff.id));
  if (sent !== undefined && localIds.has(sent.id)) return true;
  const sameContent = local.handoffs.findLastIndex(
    (handoff) => handoff.contentHash === incoming.hash,
  );
  if (sameContent === -1) return false;
  const seen = new Set(incoming.handoffs.map((handoff) => handoff.id));
  return local.handoffs.slice(sameContent + 1).every((handoff) => !seen.has(handoff.id));
};

/**
 * Nothing changed here since the last handoff, and the package descends from that handoff (and
 * is not that very package again, which differs from this library's version only by the status
 * moves this library held).
 */
const packageDescends = (local: ComparedSide, incoming: ComparedSide): boolean => {
  const last = local.handoffs.at(-1);
  return (
    last !== undefined &&
    last.contentHash === local.hash &&
    incoming.handoffs.at(-1)?.id !== last.id &&
    incoming.handoffs.some((handoff) => handoff.id === last.id)
  );
};

/**
 * How a package's version of an article relates to the library's, from their content hashes and
 * handoffs: equal; a descendant (fast-forward); an ancestor (the library's is newer); or both changed.
 */
export const comparePackage = (
  local: ComparedSide,
  incoming: ComparedSide,
): Exclude<PackageOutcome, 'added' | 'merged'> => {
  if (incoming.hash === local.hash) return 'unchanged';
  if (packageDescends(local, incoming)) return 'fast_forwarded';
  if (packageIsAncestor(local, incoming)) return 'local_newer';
  return 'conflict';
};
