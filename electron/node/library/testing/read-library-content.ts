import { readArticleDocument } from '../../../../shared/collab/read-article-document';
import { decodeUpdate } from '../../../../shared/collab/update-encoding';
import * as Y from 'yjs';
import { defaultArticleFields } from '../../../../shared/model/article-defaults';
import { openLibrary } from '../open-library';

/**
 * @internal Everything a reader sees of each article: the article, its document's text, and
 * every revision's fields, for comparing a library before and after compaction or a crash.
 */
export const readLibraryContent = (folder: string) => {
  const library = openLibrary(folder, { create: false });
  try {
    return library.list({ limit: 200 }).items.map(({ id }) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, decodeUpdate(library.document(id).state));
      const fields = readArticleDocument(doc, defaultArticleFields());
      doc.destroy();
      return {
        article: library.get(id),
        document: fields,
        revisions: library
          .listRevisions(id)
          .map((revision) => library.getRevision(id, revision.id)),
      };
    });
  } finally {
    library.close();
  }
};
