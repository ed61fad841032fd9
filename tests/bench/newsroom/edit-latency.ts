import * as Y from 'yjs';

/**
 * Propagation latency without tagging the text: a sender notes the time at which its own clock
 * reached each value; a receiver, on each update, reads the highest clock per client in it and
 * closes every note up to that clock. All typists live in one process, so times compare.
 */
export class EditLatency {
  private readonly sent = new Map<number, { clock: number; at: number }[]>();
  readonly samples: number[] = [];

  noteSent(doc: Y.Doc): void {
    const clock = Y.getState(doc.store, doc.clientID);
    const notes = this.sent.get(doc.clientID) ?? [];
    notes.push({ clock, at: performance.now() });
    this.sent.set(doc.clientID, notes);
  }

  /** Call for each update a receiver applies; `seen` is that receiver's progress per sender. */
  noteReceived(update: Uint8Array, seen: Map<number, number>): void {
    const now = performance.now();
    const clocks = Y.parseUpdateMeta(update).to;
    for (const [client, clock] of clocks) {
      const notes = this.sent.get(client);
      if (!notes) continue;
      const from = seen.get(client) ?? 0;
      let index = from;
      while (index < notes.length && (notes[index]?.clock ?? Infinity) <= clock) {
        this.samples.push(now - (notes[index]?.at ?? now));
        index += 1;
      }
      seen.set(client, index);
    }
  }
}
