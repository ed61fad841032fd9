import Database from 'better-sqlite3';
import { inflateRawSync } from 'node:zlib';
import { libraryFiles } from '../../library-files';

/**
 * @internal Rewrites a closed library's rows as versions before 12 stored them: bodies as JSON
 * text, each update log raw (doubled unless told: applying an update twice changes nothing), every
 * snapshot holding its fields, the file vacuumed. The library reads the same.
 */
export const storeRowsTheOldWay = (folder: string, { doubleLogs = true } = {}): void => {
  const db = new Database(libraryFiles(folder).database);
  try {
    db.function('copydesk_inflate', (data: unknown) => inflateRawSync(data as Buffer));
    db.function('copydesk_inflate_text', (data: unknown) =>
      typeof data === 'string' ? data : inflateRawSync(data as Buffer).toString('utf8'),
    );
    db.transaction(() => {
      db.exec(`
        UPDATE article_bodies SET body = copydesk_inflate_text(body);
        UPDATE article_updates SET data = copydesk_inflate(data), deflated = 0 WHERE deflated = 1;
        ${doubleLogs ? 'INSERT INTO article_updates (article_row, data, deflated) SELECT article_row, data, 0 FROM article_updates;' : ''}
        UPDATE revisions SET fields = (
          SELECT earlier.fields FROM revisions earlier
          WHERE earlier.article_id = revisions.article_id AND earlier.id < revisions.id
            AND length(earlier.fields) > 0
          ORDER BY earlier.id DESC LIMIT 1)
        WHERE length(fields) = 0;
      `);
    })();
    db.exec('VACUUM');
  } finally {
    db.close();
  }
};
