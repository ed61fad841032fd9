import type { ParagraphRestore } from '../../shared/diff/paragraph-restore';
import { applyParagraphRestore } from '../../shared/diff/paragraph-restore';
import type { AppErrorShape } from '../../shared/errors/error-code';
import type { EditorApi } from '../state/editor-api';
import type { EditorSessionState } from '../state/editor-session-state';

type Articles = Pick<EditorApi['articles'], 'get' | 'save'>;
type Session = { getState(): Pick<EditorSessionState, 'saveNow' | 'reloadTheirs' | 'failure'> };

/**
 * When no editor takes the restore: pending typing is saved first, the restored body is saved
 * on top of the latest revision, and the editor reloads it. True done, false the text changed
 * since the comparison, or the error that stopped it.
 */
export const restoreParagraphThroughSave = async (
  articles: Articles,
  session: Session,
  id: string,
  restore: ParagraphRestore,
): Promise<true | false | AppErrorShape> => {
  if (!(await session.getState().saveNow())) {
    return (
      session.getState().failure?.error ?? {
        code: 'io',
        message: 'Pending changes were not saved.',
      }
    );
  }
  const latest = await articles.get({ id });
  if (!latest.ok) return latest.error;
  const body = applyParagraphRestore(latest.value.body, restore);
  if (body === null) return false;
  const saved = await articles.save({ id, baseRevision: latest.value.revision, changes: { body } });
  if (!saved.ok) return saved.error;
  return (await session.getState().reloadTheirs()) || (session.getState().failure?.error ?? true);
};
