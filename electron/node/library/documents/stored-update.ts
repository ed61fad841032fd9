import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** Below this, deflating a Yjs update (a keystroke or two) saves nothing worth the work. */
const smallestDeflated = 256;

export interface StoredUpdate {
  data: Buffer;
  deflated: 0 | 1;
}

/** An update as `article_updates` keeps it: deflated when that pays, with a flag saying which. */
export const encodeStoredUpdate = (update: Uint8Array): StoredUpdate => {
  const raw = Buffer.from(update.buffer, update.byteOffset, update.byteLength);
  if (raw.byteLength < smallestDeflated) return { data: raw, deflated: 0 };
  // Level 3 as for bodies (stored-body.ts): on the save path, speed matters more than 10 % of bytes.
  const data = deflateRawSync(raw, { level: 3 });
  return data.byteLength < raw.byteLength ? { data, deflated: 1 } : { data: raw, deflated: 0 };
};

export const decodeStoredUpdate = ({ data, deflated }: StoredUpdate): Uint8Array => {
  const raw = deflated === 1 ? inflateRawSync(data) : data;
  return new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
};
