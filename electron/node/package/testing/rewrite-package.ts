import { unzipSync, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { sha256Hex } from '../../files/sha256';

type Entries = Record<string, Uint8Array>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export const jsonBytes = (value: unknown): Uint8Array => encoder.encode(JSON.stringify(value));
export const parseBytes = (bytes: Uint8Array | undefined): Record<string, unknown> =>
  JSON.parse(decoder.decode(bytes)) as Record<string, unknown>;

export const zipEntries = (entries: Entries): Uint8Array => {
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(entries)) zippable[name] = data;
  return zipSync(zippable);
};

/**
 * A real package changed by `change`, its manifest re-listed so the change passes the integrity
 * checks: what is left to refuse it is the content itself.
 */
export const rewritePackage = (
  bytes: Uint8Array,
  change: (entries: Entries) => void,
): Uint8Array => {
  const entries: Entries = unzipSync(bytes);
  change(entries);
  const manifest = parseBytes(entries['manifest.json']);
  manifest.entries = Object.entries(entries)
    .filter(([name]) => name !== 'manifest.json')
    .map(([name, data]) => ({ name, size: data.length, sha256: sha256Hex(data) }));
  entries['manifest.json'] = jsonBytes(manifest);
  return zipEntries(entries);
};

/** Changes `article.json` in place (as parsed JSON). */
export const rewriteArticle = (
  bytes: Uint8Array,
  change: (article: Record<string, unknown>) => void,
) =>
  rewritePackage(bytes, (entries) => {
    const article = parseBytes(entries['article.json']);
    change(article);
    entries['article.json'] = jsonBytes(article);
  });

/** The same package as a format 1 writer makes it: no `article.yjs`. */
export const asFormatOne = (bytes: Uint8Array): Uint8Array =>
  rewritePackage(bytes, (entries) => {
    delete entries['article.yjs'];
    entries['manifest.json'] = jsonBytes({
      ...parseBytes(entries['manifest.json']),
      formatVersion: 1,
    });
  });

/** Puts `state` in place of the package's `article.yjs`. */
export const replaceDocument = (bytes: Uint8Array, state: Uint8Array): Uint8Array =>
  rewritePackage(bytes, (entries) => {
    entries['article.yjs'] = state;
  });
