import type { Handoff } from '../../../../shared/model/handoff';
import { maximumHandoffs } from '../../../../shared/model/handoff';

const key = (handoff: Handoff): string => `${handoff.direction}:${handoff.id}`;

/**
 * The local handoffs, then the package's ones this library lacks (in the package's order), then
 * `added`; the same handoff (id and direction) is kept once, the newest `maximumHandoffs` in all.
 */
export const mergeHandoffs = (
  local: readonly Handoff[],
  incoming: readonly Handoff[],
  added: Handoff | null = null,
): Handoff[] => {
  const merged = [...local];
  const known = new Set(local.map(key));
  for (const handoff of added === null ? incoming : [...incoming, added]) {
    if (known.has(key(handoff))) continue;
    known.add(key(handoff));
    merged.push(handoff);
  }
  return merged.slice(-maximumHandoffs);
};
