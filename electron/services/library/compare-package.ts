import type { Handoff } from '../../../shared/model/handoff';
import type { PackageOutcome } from '../../../shared/model/package-outcome';

export interface ComparedSide {
  hash: string;
  handoffs: readonly Handoff[];
}

/**
 * How a package's version of an article relates to the library's, from their content hashes and
 * handoffs: equal; an ancestor of the local one (the library sent or received it before); a
 * descendant (nothing changed here since the last handoff, which the package knows); or both changed.
 */
export const comparePackage = (local: ComparedSide, incoming: ComparedSide): Exclude<PackageOutcome, 'added'> => {
  if (incoming.hash === local.hash) return 'unchanged';
  if (local.handoffs.some((handoff) => handoff.contentHash === incoming.hash)) return 'local_newer';
  const last = local.handoffs.at(-1);
  if (
    last !== undefined &&
    last.contentHash === local.hash &&
    incoming.handoffs.some((handoff) => handoff.id === last.id)
  ) {
    return 'fast_forwarded';
  }
  return 'conflict';
};
