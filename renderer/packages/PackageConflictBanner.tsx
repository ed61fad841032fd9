import { useEditorSession } from '../state/editor-session';
import { ConflictBanner } from './ConflictBanner';
import { useConflict } from './conflict-store';
import './packages.css';

/** The conflict banner of the open article, shown while a package conflict is unresolved. */
export function PackageConflictBanner() {
  const article = useEditorSession((state) => state.article);
  const { resolvingId, failure, compareVersions, resolve } = useConflict();
  if (!article?.conflict) return null;
  return (
    <ConflictBanner
      from={article.conflict.from}
      resolving={resolvingId === article.id}
      error={failure?.articleId === article.id ? failure.error : null}
      onCompare={() => void compareVersions()}
      onResolve={() => void resolve()}
    />
  );
}
