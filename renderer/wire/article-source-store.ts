import { create } from 'zustand';
import type { StateCreator } from 'zustand';
import type { CopydeskApi } from '../../shared/ipc/api';
import type { ArticleSource } from '../../shared/model/article-source';
import { copydeskBridge } from '../bridge/copydesk-bridge';

export interface ArticleSourceState {
  articleId: string | null;
  source: ArticleSource | null;
  /** Reads the wire item the open article was written from (none for most articles). */
  load: (articleId: string | null) => Promise<void>;
}

export const articleSourceState =
  (api: Pick<CopydeskApi, 'wire'>): StateCreator<ArticleSourceState> =>
  (set, get) => ({
    articleId: null,
    source: null,
    async load(articleId) {
      set({ articleId, source: null });
      if (articleId === null) return;
      const result = await api.wire.source({ id: articleId });
      if (get().articleId === articleId) set({ source: result.ok ? result.value : null });
    },
  });

export const useArticleSource = create<ArticleSourceState>()(articleSourceState(copydeskBridge()));
