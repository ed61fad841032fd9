import * as Y from 'yjs';

/** The origin of updates received from another replica (they are not sent on again). */
const received = Symbol('received');

export interface Replica {
  doc: Y.Doc;
  /** Every update this replica made itself, in the order it made them. */
  sent: Uint8Array[];
}

/**
 * Replicas of one seeded article: each starts from the seed's state (never seeding again) under
 * its own client id, and records the updates it makes.
 */
export const replicasOf = (seed: Y.Doc, clientIds: readonly number[]): Replica[] =>
  clientIds.map((clientId) => {
    const doc = new Y.Doc();
    doc.clientID = clientId;
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(seed), received);
    const replica: Replica = { doc, sent: [] };
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== received) replica.sent.push(update);
    });
    return replica;
  });

export const deliver = (replica: Replica, update: Uint8Array): void => {
  Y.applyUpdate(replica.doc, update, received);
};

/** A small seeded generator (mulberry32), so a failing run replays from fast-check's seed. */
const randomFrom = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
};

/** `updates` in a random order, some of them twice, as an unreliable network delivers them. */
export const shuffledWithDuplicates = (updates: Uint8Array[], seed: number): Uint8Array[] => {
  const random = randomFrom(seed);
  const delivered = updates.flatMap((update) => (random() < 0.2 ? [update, update] : [update]));
  for (let index = delivered.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [delivered[index], delivered[other]] = [delivered[other]!, delivered[index]!];
  }
  return delivered;
};
