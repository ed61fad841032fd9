import * as Y from 'yjs';
import { AppError } from '../../../../shared/errors/error-code';
import type { ArticleUpdateResult } from '../../../../shared/ipc/contract';
import type { Actor } from '../../../../shared/model/actor';
import { requireArticleHead } from '../articles/read-article';
import { storedFields } from '../articles/stored-fields';
import type { LibraryContext } from '../storage/library-context';
import { writeTransaction } from '../storage/library-context';
import { documentsOf } from '../documents/article-documents';
import { markUnderived } from './underived-articles';
import { appendDocumentUpdate, loadArticleDocument } from '../documents/load-article-document';

const unreadable = (): AppError =>
  new AppError(
    'invalid',
    'This change could not be read, so it was not saved. Nothing is lost: it stays in the editor.',
  );

/**
 * An editor's update, appended durably in one transaction before it is acknowledged. Applying
 * it twice changes nothing, so a retried send is harmless. Only the document changes here: the
 * derived data (row, body, counts, search) follows within a second (`DerivationScheduler`),
 * never on the keystroke path.
 */
export const applyArticleUpdate = (
  context: LibraryContext,
  request: { id: string; update: Uint8Array; origin: string },
  actor: Actor,
): ArticleUpdateResult =>
  writeTransaction(context, () => {
    const { db } = context;
    const head = requireArticleHead(db, request.id);
    if (head.article.trashedAt !== null) {
      throw new AppError(
        'conflict',
        'This article is in the trash, so the change was not saved. Restore it first.',
      );
    }
    try {
      Y.decodeUpdate(request.update);
    } catch {
      throw unreadable();
    }
    const owner = { rowId: head.rowId, id: request.id };
    const doc = loadArticleDocument(db, owner, () => storedFields(db, head));
    Y.applyUpdate(doc, request.update, request.origin);
    appendDocumentUpdate(db, head.rowId, request.update);
    documentsOf(db).queue({
      articleId: request.id,
      update: request.update,
      origin: request.origin,
    });
    markUnderived(db, head.rowId, actor.name, context.now());
    return { id: request.id, stored: true };
  });
