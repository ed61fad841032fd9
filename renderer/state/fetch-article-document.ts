import { decodeUpdate } from '../../shared/collab/update-encoding';
import type { Result } from '../../shared/ipc/result';
import type { Article } from '../../shared/model/article';
import type { EditorApi } from './editor-api';

/** The article and its document as the library has them now (both asked at once). */
export const fetchArticleDocument = async (
  api: EditorApi,
  id: string,
): Promise<Result<{ stored: Article; state: Uint8Array }>> => {
  const [stored, state] = await Promise.all([
    api.articles.get({ id }),
    api.articles.document({ id }),
  ]);
  if (!stored.ok) return stored;
  if (!state.ok) return state;
  return { ok: true, value: { stored: stored.value, state: decodeUpdate(state.value.state) } };
};
