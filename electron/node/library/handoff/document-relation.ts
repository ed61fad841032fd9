import * as Y from 'yjs';

/** What each of two replicas of one article's document holds that the other lacks. */
export interface DocumentRelation {
  /** The package holds insertions or deletions the local document lacks. */
  incomingAhead: boolean;
  /** The local document holds insertions or deletions the package lacks. */
  localAhead: boolean;
}

/**
 * Compared by snapshots (state vector and delete set) of each side and of their merge: a
 * deletion adds no item, so the state vectors alone would miss a desk that only cut text.
 */
export const documentRelation = (local: Y.Doc, incoming: Y.Doc): DocumentRelation => {
  const merged = new Y.Doc();
  try {
    Y.applyUpdate(merged, Y.encodeStateAsUpdate(local));
    Y.applyUpdate(merged, Y.encodeStateAsUpdate(incoming));
    const mergedSnapshot = Y.snapshot(merged);
    return {
      incomingAhead: !Y.equalSnapshots(Y.snapshot(local), mergedSnapshot),
      localAhead: !Y.equalSnapshots(Y.snapshot(incoming), mergedSnapshot),
    };
  } finally {
    merged.destroy();
  }
};
