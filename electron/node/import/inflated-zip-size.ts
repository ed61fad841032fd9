import { Inflate } from 'fflate';
import type { ZipEntry } from './zip-directory';

// Deflate expands at most ~1,032 times: a 16 KB step produces at most ~17 MB before the cap is checked.
const step = 16 * 1024;

/** Bytes one entry actually inflates to, counted as they are produced; stops past `cap`. */
const inflatedSize = (compressed: Uint8Array, cap: number): number => {
  let produced = 0;
  const inflate = new Inflate((chunk) => {
    produced += chunk.length;
  });
  for (let at = 0; at < compressed.length && produced <= cap; at += step) {
    inflate.push(compressed.subarray(at, at + step), at + step >= compressed.length);
  }
  return produced;
};

/**
 * What the entries really unpack to, whatever the directory declares: each one is inflated in
 * small steps and its output counted, then dropped. Stops as soon as the total passes `cap`
 * (returning a number above it); throws on a method other than stored or deflated, or bad data.
 */
export const inflatedZipSize = (bytes: Uint8Array, entries: ZipEntry[], cap: number): number => {
  let total = 0;
  for (const entry of entries) {
    const compressed = bytes.subarray(entry.start, entry.end);
    if (entry.method === 0) total += compressed.length;
    else if (entry.method === 8) total += inflatedSize(compressed, cap - total);
    else throw new Error(`unsupported compression method ${entry.method}`);
    if (total > cap) return total;
  }
  return total;
};
