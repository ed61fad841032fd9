import type Database from 'better-sqlite3';
import { writeArticleChanges } from '../../../../shared/collab/write-article-changes';
import type { ArticleFields } from '../../../../shared/model/article';
import { documentsOf } from './article-documents';
import type { DocumentOwner } from './load-article-document';
import { appendDocumentUpdate, loadArticleDocument } from './load-article-document';

/**
 * A write that arrives as fields (a restore, an import, the CLI) goes through the article's
 * document like an editor's typing: only what differs is changed, so it merges with everyone
 * else's edits, and open editors receive it as an update.
 */
export const recordFieldsInDocument = (
  db: Database.Database,
  owner: DocumentOwner,
  fields: ArticleFields,
  changed: Partial<ArticleFields>,
): void => {
  const doc = loadArticleDocument(db, owner, () => fields);
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array) => updates.push(update);
  doc.on('update', collect);
  try {
    writeArticleChanges(doc, changed);
  } finally {
    doc.off('update', collect);
  }
  for (const update of updates) {
    appendDocumentUpdate(db, owner.rowId, update);
    documentsOf(db).queue({ articleId: owner.id, update, origin: null });
  }
};
