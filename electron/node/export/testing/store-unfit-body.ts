import Database from 'better-sqlite3';
import { libraryFiles } from '../../library/storage/library-files';

/**
 * Writes, behind the library's back, a body the editor's schema refuses (a text node marked bold
 * twice), as an older Copydesk could store: what a batch export must get past.
 */
export const storeUnfitBody = (libraryFolder: string, articleId: string): void => {
  const db = new Database(libraryFiles(libraryFolder).database);
  try {
    const body = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'Gras', marks: [{ type: 'bold' }, { type: 'bold' }] }],
        },
      ],
    };
    db.prepare(
      'UPDATE article_bodies SET body = ? WHERE article_row = (SELECT row_id FROM articles WHERE id = ?)',
    ).run(JSON.stringify(body), articleId);
  } finally {
    db.close();
  }
};
