import { AppError } from '../../../shared/errors/error-code';
import { PackageArticle } from '../../../shared/package/package-article';
import { PackageHistory } from '../../../shared/package/package-history';
import type { PackageManifest } from '../../../shared/package/package-manifest';
import { checkAsset } from './checked-asset';
import { checkedDocument } from './checked-document';
import { cleanArticleLines } from '../../../shared/text/clean-article-lines';
import { documentEntryName } from '../../../shared/package/package-entry-name';
import { pickArticleFields } from '../../../shared/model/article-fields';
import type { PackageZipEntry } from './package-directory';
import type { PackageDocument } from './package-document';
import { openPackageDocument, packageDocumentState } from './package-document';
import { readPackageDirectory } from './package-directory';
import { checkManifest } from './package-manifest-check';
import { parseJsonEntry, parseWithSchema } from './parse-package-json';
import type { ReceivedPackage } from './received-package';
import { referencedAssets } from './referenced-assets';
import { renameAssetSources } from './rename-asset-sources';
import { readZipEntry } from './read-zip-entry';
import { sha256Hex } from '../files/sha256';

const zipMagic = [0x50, 0x4b, 0x03, 0x04];

export const looksLikeZip = (bytes: Uint8Array): boolean =>
  zipMagic.every((byte, index) => bytes[index] === byte);

const required = (entries: Map<string, PackageZipEntry>, name: string): PackageZipEntry => {
  const found = entries.get(name);
  if (found === undefined) throw new AppError('invalid', `This package has no ${name}.`);
  return found;
};

/** Every entry but the manifest is listed in it, with its size and SHA-256, and nothing else is. */
const checkListing = (manifest: PackageManifest, entries: Map<string, PackageZipEntry>): void => {
  const listed = new Map(manifest.entries.map((entry) => [entry.name, entry]));
  if (listed.size !== manifest.entries.length)
    throw new AppError('invalid', 'The package manifest lists an entry twice.');
  for (const [name, { entry }] of entries) {
    if (name === 'manifest.json') continue;
    const declared = listed.get(name);
    if (declared === undefined) {
      throw new AppError(
        'invalid',
        `The package holds ${JSON.stringify(name)}, which its manifest does not list.`,
      );
    }
    if (declared.size !== entry.size) {
      throw new AppError(
        'invalid',
        `The package entry ${JSON.stringify(name)} does not have the size its manifest gives.`,
      );
    }
  }
  for (const name of listed.keys()) {
    if (!entries.has(name))
      throw new AppError(
        'invalid',
        `The package lacks ${JSON.stringify(name)}, listed in its manifest.`,
      );
  }
};

const readListed = (
  bytes: Uint8Array,
  manifest: PackageManifest,
  found: PackageZipEntry,
): Uint8Array => {
  const data = readZipEntry(bytes, found.entry);
  const declared = manifest.entries.find((entry) => entry.name === found.entry.name);
  if (declared === undefined || sha256Hex(data) !== declared.sha256) {
    throw new AppError(
      'invalid',
      `The package entry ${JSON.stringify(found.entry.name)} does not match its fingerprint.`,
    );
  }
  return data;
};

/**
 * Bodies (the article's and every revision's) as the editor's schema has them, sanitised; their
 * one-line fields cleaned as typed ones are.
 */
const checkFields = (article: PackageArticle, history: PackageHistory): void => {
  Object.assign(article, cleanArticleLines(article));
  article.body = checkedDocument(article.body, 'article body');
  history.revisions.forEach((revision, index) => {
    revision.fields = cleanArticleLines(revision.fields);
    revision.fields.body = checkedDocument(revision.fields.body, `revision ${index + 1}`);
  });
};

/** Format 2 carries the article's Yjs state; format 1 has none and may not pretend to. */
const openDocument = (
  bytes: Uint8Array,
  manifest: PackageManifest,
  entries: Map<string, PackageZipEntry>,
  article: PackageArticle,
): PackageDocument | null => {
  if (manifest.formatVersion < 2) {
    if (entries.has(documentEntryName))
      throw new AppError('invalid', `A format 1 package cannot hold ${documentEntryName}.`);
    return null;
  }
  const found = required(entries, documentEntryName);
  return openPackageDocument(readListed(bytes, manifest, found), pickArticleFields(article));
};

/**
 * A `.copydesk` file checked whole before the caller writes anything: directory (names, count,
 * declared sizes), manifest (format, version, listing), every entry's real size and SHA-256, the
 * JSON against the strict schemas, the Yjs state (format 2), bodies against the editor's schema (links and image sources
 * through the allowlists), and every image against its name and the image checks.
 */
export const readPackage = (bytes: Uint8Array): ReceivedPackage => {
  if (!looksLikeZip(bytes)) throw new AppError('invalid', 'This file is not a Copydesk package.');
  const entries = readPackageDirectory(bytes);
  const manifestEntry = required(entries, 'manifest.json');
  const manifest = checkManifest(
    parseJsonEntry('manifest.json', readZipEntry(bytes, manifestEntry.entry)),
  );
  checkListing(manifest, entries);
  const readJson = (name: string) =>
    parseJsonEntry(name, readListed(bytes, manifest, required(entries, name)));
  const article = parseWithSchema('article.json', PackageArticle, readJson('article.json'));
  const history = parseWithSchema('history.json', PackageHistory, readJson('history.json'));
  if (article.id !== manifest.articleId) {
    throw new AppError(
      'invalid',
      'The package manifest names another article than the one it holds.',
    );
  }
  checkFields(article, history);
  const opened = openDocument(bytes, manifest, entries, article);
  const bodies = [article.body, ...history.revisions.map((revision) => revision.fields.body)];
  if (opened !== null) bodies.push(opened.fields.body);
  const referenced = referencedAssets(bodies);
  const assets: ReceivedPackage['assets'] = [];
  /** Images that carried metadata are stored without it, under their new content name. */
  const renamed = new Map<string, string>();
  for (const found of entries.values()) {
    const { kind } = found;
    if (kind.kind !== 'asset') continue;
    const name = `${kind.hash}.${kind.extension}`;
    if (!referenced.has(name))
      throw new AppError(
        'invalid',
        `The package holds an image no version of the article shows (${name}).`,
      );
    const data = readListed(bytes, manifest, found);
    const cleaned = checkAsset(kind.hash, kind.extension, data);
    const cleanedName = `${sha256Hex(cleaned)}.${kind.extension}`;
    if (cleanedName !== name) renamed.set(name, cleanedName);
    assets.push({ name: cleanedName, bytes: cleaned });
  }
  renameAssetSources(bodies, renamed);
  const document = opened === null ? null : packageDocumentState(opened);
  return { manifest, article, history, assets, document };
};
