import { create } from 'zustand';
import type { StateCreator } from 'zustand';
import type { CopydeskApi } from '../../shared/ipc/api';
import type { StatusChange } from '../../shared/model/revision';
import type { HeldMove } from '../../shared/trust/held-move';
import { copydeskBridge } from '../bridge/copydesk-bridge';

export interface StatusLogState {
  /** The article whose log this is. */
  articleId: string | null;
  changes: StatusChange[];
  /** Received moves not applied: shown as claimed, not verified. */
  held: HeldMove[];
  failed: boolean;
  /** Reads the article's status log (again); a late answer for another article is dropped. */
  load: (articleId: string | null) => Promise<void>;
}

export const statusLogState =
  (api: Pick<CopydeskApi, 'articles'>): StateCreator<StatusLogState> =>
  (set, get) => ({
    articleId: null,
    changes: [],
    held: [],
    failed: false,

    async load(articleId) {
      if (articleId !== get().articleId) set({ articleId, changes: [], held: [], failed: false });
      if (articleId === null) return;
      const [result, held] = await Promise.all([
        api.articles.statusLog({ id: articleId }),
        api.articles.heldMoves({ id: articleId }),
      ]);
      if (get().articleId !== articleId) return;
      set(
        result.ok
          ? { changes: result.value, held: held.ok ? held.value : [], failed: false }
          : { failed: true },
      );
    },
  });

export const useStatusLogStore = create<StatusLogState>()(statusLogState(copydeskBridge()));
