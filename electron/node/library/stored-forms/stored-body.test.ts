import { describe, expect, it } from 'vitest';
import type { TiptapDocument } from '../../../../shared/model/tiptap-document';
import { decodeStoredBody, encodeStoredBody } from './stored-body';

const body: TiptapDocument = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Le fleuve monte. '.repeat(50) }] },
  ],
};

describe('stored bodies', () => {
  it('are deflated, read back whole, and the JSON text of older rows still reads', () => {
    const stored = encodeStoredBody(body);
    expect(stored.byteLength).toBeLessThan(JSON.stringify(body).length / 4);
    expect(decodeStoredBody(stored)).toEqual(body);
    expect(decodeStoredBody(JSON.stringify(body))).toEqual(body);
  });
});
