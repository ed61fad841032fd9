import * as Y from 'yjs';
import { seedOf } from '../../../shared/collab/create-article-document';
import {
  readArticleDocument,
  readBodyDocument,
} from '../../../shared/collab/read-article-document';
import { writeArticleChanges } from '../../../shared/collab/write-article-changes';
import { AppError } from '../../../shared/errors/error-code';
import type { ArticleFields } from '../../../shared/model/article';
import { canonicalJson } from '../../../shared/package/canonical-json';
import { cleanArticleLines } from '../../../shared/text/clean-article-lines';
import { checkedDocument } from './checked-document';

/** A package's `article.yjs`, opened, and its fields as the checks let them in. */
export interface PackageDocument {
  doc: Y.Doc;
  /** Cleaned as typed fields are, the body through the allowlists and the schema. */
  fields: ArticleFields;
}

const unreadable = (reason: string): AppError =>
  new AppError('invalid', `The package's article.yjs could not be read: ${reason}.`);

const applied = (data: Uint8Array): Y.Doc => {
  const doc = new Y.Doc();
  try {
    Y.decodeUpdate(data);
    Y.applyUpdate(doc, data);
  } catch {
    doc.destroy();
    throw unreadable('it is not a Yjs document');
  }
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) {
    doc.destroy();
    throw unreadable('it is incomplete');
  }
  if (seedOf(doc) === undefined) {
    doc.destroy();
    throw unreadable('it holds no article');
  }
  return doc;
};

/**
 * The package's Yjs state, refused when it is no complete article document; its fields pass the
 * same checks as `article.json` (a field the document lacks is taken from `fallback`).
 */
export const openPackageDocument = (data: Uint8Array, fallback: ArticleFields): PackageDocument => {
  const doc = applied(data);
  try {
    const read = cleanArticleLines(readArticleDocument(doc, fallback));
    return { doc, fields: { ...read, body: checkedDocument(read.body, 'article document') } };
  } catch (error) {
    doc.destroy();
    if (error instanceof AppError) throw error;
    throw unreadable('its text does not fit the editor');
  }
};

/**
 * The state to import: the package's, plus whatever the checks changed (a link removed, an image
 * renamed once its metadata was stripped), written as an ordinary edit so it merges like one.
 */
export const packageDocumentState = ({ doc, fields }: PackageDocument): Uint8Array => {
  const sameBody = canonicalJson(readBodyDocument(doc)) === canonicalJson(fields.body);
  const { body, ...rest } = fields;
  writeArticleChanges(doc, sameBody ? rest : { ...rest, body });
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
};
