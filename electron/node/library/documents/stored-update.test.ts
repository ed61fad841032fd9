import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { decodeStoredUpdate, encodeStoredUpdate } from './stored-update';

const updateOf = (text: string): Uint8Array => {
  const doc = new Y.Doc();
  doc.getText('body').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
};

describe('stored updates', () => {
  it('deflates a large update and reads it back byte for byte', () => {
    const update = updateOf('Le fleuve monte à Kayes. '.repeat(200));
    const stored = encodeStoredUpdate(update);
    expect(stored.deflated).toBe(1);
    expect(stored.data.byteLength).toBeLessThan(update.byteLength / 4);
    expect(decodeStoredUpdate(stored)).toEqual(update);
  });

  it('keeps a keystroke’s update raw, as rows written before were', () => {
    const update = updateOf('a');
    const stored = encodeStoredUpdate(update);
    expect(stored.deflated).toBe(0);
    expect(decodeStoredUpdate(stored)).toEqual(update);
  });
});
