import * as Y from 'yjs';
import { commentsMap, fieldsMap } from '../../shared/collab/article-document';
import { readBodyDocument } from '../../shared/collab/read-article-document';
import type { Article } from '../../shared/model/article';
import { pickArticleFields } from '../../shared/model/article-fields';
import type { TiptapDocument } from '../../shared/model/tiptap-document';
import type { ArticleSaver, SaverOptions } from './editor-saver';
import { createArticleSaver } from './editor-saver';
import { readDocumentFields } from './read-document-fields';

/** Transaction origins of what this page did not type: never sent back. */
export const remoteOrigin = 'remote';
export const loadOrigin = 'load';

/** One open article: its Yjs document, what the page shows of it, and its saver. */
export interface ArticleRecord {
  article: Article;
  doc: Y.Doc;
  saver: ArticleSaver;
  body: (() => TiptapDocument) | null;
  bodyTimer: ReturnType<typeof setTimeout> | undefined;
  /** The headline or slug changed: the library's slug is read once it has the change. */
  slugAsked: boolean;
}

export interface ArticleRecordHooks {
  saver: Omit<SaverOptions, 'id' | 'onSaved' | 'onStatus'>;
  onSaved(record: ArticleRecord): Promise<void>;
  onStatus(record: ArticleRecord, save: Parameters<SaverOptions['onStatus']>[0]): void;
  /** A field or thread changed from elsewhere: `record.article` already holds it. */
  onFieldsChanged(record: ArticleRecord): void;
  /** The body changed (here or elsewhere): read it again soon, not on every keystroke. */
  onBodyChanged(record: ArticleRecord): void;
}

/**
 * The article as the library sent it, built into a document from the library's state (never
 * seeded here); local updates go to the saver, remote field changes are read back per field.
 */
export const createArticleRecord = (
  stored: Article,
  state: Uint8Array,
  hooks: ArticleRecordHooks,
): ArticleRecord => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state, loadOrigin);
  const record: ArticleRecord = {
    article: {
      ...stored,
      ...readDocumentFields(doc, pickArticleFields(stored)),
      slug: stored.slug,
      body: readBodyDocument(doc),
    },
    doc,
    body: null,
    bodyTimer: undefined,
    slugAsked: false,
    saver: createArticleSaver({
      ...hooks.saver,
      id: stored.id,
      onSaved: () => hooks.onSaved(record),
      onStatus: (save) => hooks.onStatus(record, save),
    }),
  };
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === remoteOrigin || origin === loadOrigin) return;
    record.saver.add(update);
    hooks.onBodyChanged(record);
  });
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    if (transaction.local || transaction.origin === loadOrigin) return;
    const changed = [...transaction.changedParentTypes.keys()] as unknown[];
    if (changed.includes(fieldsMap(doc)) || changed.includes(commentsMap(doc))) {
      const fields = readDocumentFields(doc, record.article);
      // The document holds the slug asked for; the one shown is the library's (normalised).
      const fieldsType: unknown = fieldsMap(doc);
      const keys = [...transaction.changed.entries()].find(([type]) => type === fieldsType);
      if (!keys?.[1].has('slug')) fields.slug = record.article.slug;
      record.article = { ...record.article, ...fields };
      hooks.onFieldsChanged(record);
    }
    hooks.onBodyChanged(record);
  });
  return record;
};
