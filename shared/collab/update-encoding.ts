import { fromBase64, toBase64 } from 'lib0/buffer';

/** Yjs updates cross IPC and HTTP as base64 text: the same JSON everywhere, checked by zod. */
export const encodeUpdate = (update: Uint8Array): string => toBase64(update);

export const decodeUpdate = (text: string): Uint8Array => fromBase64(text);
