import type { Result } from '../../shared/ipc/result';
import type { Article } from '../../shared/model/article';
import type { ArticleRecord } from './article-record';

/** A status change or restore meets the revision the library derived meanwhile at most this often. */
const revisionAttempts = 3;

/**
 * Runs a write checked against the current revision once every update is stored. The library
 * derives a new revision from updates (this page's or another's): on a conflict the revision is
 * read again (`refreshHead`), as long as `stillValid` accepts what is stored.
 */
export const atCurrentRevision = <T>(
  record: ArticleRecord,
  refreshHead: (record: ArticleRecord) => Promise<Result<Article>>,
  operation: (baseRevision: number) => Promise<Result<T>>,
  stillValid: (stored: Article) => boolean = () => true,
): Promise<Result<T>> =>
  record.saver.exclusive(async () => {
    let result: Result<T> = {
      ok: false,
      error: { code: 'conflict', message: 'The article was changed elsewhere.' },
    };
    for (let attempt = 0; attempt < revisionAttempts; attempt += 1) {
      const stored = await refreshHead(record);
      if (!stored.ok) return stored;
      if (!stillValid(stored.value)) return result;
      result = await operation(stored.value.revision);
      if (result.ok || result.error.code !== 'conflict') return result;
    }
    return result;
  });
