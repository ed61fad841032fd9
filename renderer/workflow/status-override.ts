import type { CopydeskApi } from '../../shared/ipc/api';
import type { AppErrorShape } from '../../shared/errors/error-code';
import type { Status } from '../../shared/model/status';
import { copydeskBridge } from '../bridge/copydesk-bridge';
import { useEditorSession } from '../state/editor-session';
import { useLibraryStore } from '../library/library-store';

export type OverrideOutcome = { ok: true } | { ok: false; error: AppErrorShape };

/**
 * Approves or publishes the open article despite failed readiness checks, with the reason the
 * main process logs. Saves pending edits first, then reloads the article so the editor is based
 * on the new revision.
 */
export const overrideStatus = async (
  request: { status: Status; note: string; reason: string },
  api: Pick<CopydeskApi, 'articles'> = copydeskBridge(),
): Promise<OverrideOutcome> => {
  const session = useEditorSession.getState();
  if (!(await session.saveNow())) {
    return { ok: false, error: { code: 'conflict', message: 'Unsaved changes' } };
  }
  const article = useEditorSession.getState().article;
  if (article === null) return { ok: false, error: { code: 'not_found', message: 'No article' } };
  const result = await api.articles.setStatus({
    id: article.id,
    baseRevision: article.revision,
    status: request.status,
    note: request.note,
    override: { reason: request.reason },
  });
  if (!result.ok) return result;
  await useEditorSession.getState().reloadTheirs();
  const { id, status, revision, updatedAt } = result.value;
  useLibraryStore.getState().articleSaved({ id, status, revision, updatedAt });
  return { ok: true };
};
