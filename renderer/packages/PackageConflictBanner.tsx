import { useEditorSession } from '../state/editor-session';
import { ConflictBanner } from './ConflictBanner';
import { useConflict } from './conflict-store';
import './packages.css';

/** The package banner of the open article: an unresolved conflict, or a merge awaiting review. */
export function PackageConflictBanner() {
  const article = useEditorSession((state) => state.article);
  const { resolvingId, failure, compareVersions, resolve } = useConflict();
  if (!article?.conflict) return null;
  return (
    <ConflictBanner
      from={article.conflict.from}
      merged={'kind' in article.conflict}
      resolving={resolvingId === article.id}
      error={failure?.articleId === article.id ? failure.error : null}
      onCompare={() => void compareVersions()}
      onResolve={() => void resolve()}
    />
  );
}
