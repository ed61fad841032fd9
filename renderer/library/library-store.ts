import { create } from 'zustand';
import type { StateCreator } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { CopydeskApi } from '../../shared/ipc/api';
import type { AppErrorShape } from '../../shared/errors/error-code';
import type { ArticleSummary } from '../../shared/model/article';
import { copydeskBridge } from '../bridge/copydesk-bridge';
import { profileBylines } from '../../shared/model/profile-byline';
import { connectLibraryPort } from '../state/editor-api';
import { useSettingsStore } from '../state/settings-store';
import { useLibraryInfoStore } from './library-info-store';
import type { LibraryQuery } from './library-query';
import { initialLibraryQuery, listRequest, pageSize } from './library-query';
import { createLibraryRefresher } from './library-refresher';

export type LibraryApi = Pick<CopydeskApi, 'articles'>;

export interface LibraryState {
  query: LibraryQuery;
  /** One slot per article of the result; `undefined` until its page arrives. */
  items: (ArticleSummary | undefined)[];
  total: number;
  selectedId: string | null;
  /** Articles ticked for a batch action (export); cleared when the query changes. */
  checkedIds: ReadonlySet<string>;
  /** Where a Shift+click range starts: the last row ticked or unticked. */
  checkAnchorId: string | null;
  loading: boolean;
  /** True once the first page of the current library has arrived. */
  loaded: boolean;
  error: AppErrorShape | null;
  setQuery: (change: Partial<LibraryQuery>) => void;
  /** Loads the pages covering rows `from`..`to` that are not loaded yet. */
  ensureRange: (from: number, to: number) => void;
  select: (id: string | null) => void;
  /** Selects the first of these articles that still exists outside the trash (none selected). */
  selectFirstOpenable: (ids: readonly string[]) => Promise<void>;
  toggleChecked: (id: string) => void;
  /** Ticks every loaded row from the anchor to `id` (inclusive). */
  checkRange: (id: string) => void;
  clearChecked: () => void;
  createArticle: () => Promise<string | null>;
  trashArticle: (id: string) => Promise<boolean>;
  restoreArticle: (id: string) => Promise<boolean>;
  emptyTrash: () => Promise<boolean>;
  articleSaved: (summary: Partial<ArticleSummary> & { id: string }) => void;
  refresh: () => Promise<void>;
  dismissError: () => void;
}

export interface LibraryStoreOptions {
  searchDelayMs?: number;
}

export const libraryState =
  (
    api: LibraryApi,
    { searchDelayMs = 150 }: LibraryStoreOptions = {},
  ): StateCreator<LibraryState> =>
  (set, get) => {
    let generation = 0;
    const pagesInFlight = new Set<number>();
    let searchTimer: ReturnType<typeof setTimeout> | undefined;

    const loadPage = async (page: number): Promise<void> => {
      const requestGeneration = generation;
      pagesInFlight.add(page);
      set({ loading: true });
      const result = await api.articles.list(listRequest(get().query, page));
      if (requestGeneration !== generation) return;
      pagesInFlight.delete(page);
      if (!result.ok) {
        set({ loading: pagesInFlight.size > 0, error: result.error });
        return;
      }
      const { items, total } = result.value;
      set((state) => {
        const next =
          page === 0 ? new Array<ArticleSummary | undefined>(total) : state.items.slice();
        next.length = total;
        items.forEach((item, index) => (next[page * pageSize + index] = item));
        return { items: next, total, loading: pagesInFlight.size > 0, loaded: true, error: null };
      });
    };

    const reload = (): Promise<void> => {
      clearTimeout(searchTimer);
      generation += 1;
      pagesInFlight.clear();
      return loadPage(0);
    };

    const removeRow = (id: string) =>
      set((state) => {
        const index = state.items.findIndex((item) => item?.id === id);
        if (index < 0) return {};
        const items = state.items.slice();
        items.splice(index, 1);
        const checkedIds = new Set(state.checkedIds);
        checkedIds.delete(id);
        return { items, total: Math.max(0, state.total - 1), checkedIds };
      });

    return {
      query: initialLibraryQuery,
      items: [],
      total: 0,
      selectedId: null,
      checkedIds: new Set<string>(),
      checkAnchorId: null,
      loading: false,
      loaded: false,
      error: null,

      setQuery(change) {
        const query = { ...get().query, ...change };
        set({ query, checkedIds: new Set<string>(), checkAnchorId: null });
        const onlyText = Object.keys(change).every((key) => key === 'text');
        clearTimeout(searchTimer);
        if (onlyText) searchTimer = setTimeout(() => void reload(), searchDelayMs);
        else void reload();
      },

      ensureRange(from, to) {
        const { items, total } = get();
        const last = Math.min(to, total - 1);
        for (
          let page = Math.floor(Math.max(0, from) / pageSize);
          page * pageSize <= last;
          page += 1
        ) {
          if (pagesInFlight.has(page)) continue;
          const start = Math.max(from, page * pageSize);
          const end = Math.min(last, (page + 1) * pageSize - 1);
          for (let index = start; index <= end; index += 1) {
            if (items[index] === undefined) {
              void loadPage(page);
              break;
            }
          }
        }
      },

      select(id) {
        set({ selectedId: id });
      },

      async selectFirstOpenable(ids) {
        for (const id of ids) {
          if (get().selectedId !== null) return;
          const found = await api.articles.get({ id });
          if (found.ok && found.value.trashedAt === null) {
            set({ selectedId: id });
            return;
          }
        }
      },

      toggleChecked(id) {
        const checkedIds = new Set(get().checkedIds);
        if (!checkedIds.delete(id)) checkedIds.add(id);
        set({ checkedIds, checkAnchorId: id });
      },

      checkRange(id) {
        const { items, checkAnchorId } = get();
        const to = items.findIndex((item) => item?.id === id);
        const from = items.findIndex((item) => item?.id === checkAnchorId);
        if (to < 0 || from < 0) {
          get().toggleChecked(id);
          return;
        }
        const checkedIds = new Set(get().checkedIds);
        for (let index = Math.min(from, to); index <= Math.max(from, to); index += 1) {
          const item = items[index];
          if (item) checkedIds.add(item.id);
        }
        set({ checkedIds, checkAnchorId: id });
      },

      clearChecked() {
        set({ checkedIds: new Set<string>(), checkAnchorId: null });
      },

      async createArticle() {
        const settings = useSettingsStore.getState().settings;
        const result = await api.articles.create(
          settings === null ? {} : { bylines: profileBylines(settings) },
        );
        if (!result.ok) {
          set({ error: result.error });
          return null;
        }
        const { id } = result.value;
        if (get().query.trash) set({ query: { ...get().query, trash: false } });
        set({ selectedId: id });
        await reload();
        return id;
      },

      async trashArticle(id) {
        const result = await api.articles.trash({ id });
        if (!result.ok) {
          set({ error: result.error });
          return false;
        }
        removeRow(id);
        if (get().selectedId === id) set({ selectedId: null });
        return true;
      },

      async restoreArticle(id) {
        const result = await api.articles.restore({ id });
        if (!result.ok) {
          set({ error: result.error });
          return false;
        }
        removeRow(id);
        return true;
      },

      async emptyTrash() {
        const result = await api.articles.emptyTrash({});
        if (!result.ok) {
          set({ error: result.error });
          return false;
        }
        if (get().query.trash) {
          const selectedWasTrashed = get().items.some((item) => item?.id === get().selectedId);
          generation += 1;
          set({ items: [], total: 0, ...(selectedWasTrashed ? { selectedId: null } : {}) });
        }
        return true;
      },

      articleSaved(summary) {
        set((state) => {
          const index = state.items.findIndex((item) => item?.id === summary.id);
          const current = state.items[index];
          if (!current) return {};
          const items = state.items.slice();
          items[index] = { ...current, ...summary };
          return { items };
        });
      },

      refresh: reload,

      dismissError() {
        set({ error: null });
      },
    };
  };

/**
 * A store bound to the given API: tests pass a fake.
 * @internal Tests build the store on fakes; the app uses the bound one.
 */
export const createLibraryStore = (api: LibraryApi, options?: LibraryStoreOptions) =>
  createStore<LibraryState>()(libraryState(api, options));

export const useLibraryStore = create<LibraryState>()(libraryState(copydeskBridge()));

connectLibraryPort(() => useLibraryStore.getState());

/**
 * Another window or tab changed articles: show the list and filters as they are now, once a
 * burst of changes pauses. Returns the unsubscribe.
 */
export const followLibraryChanges = (): (() => void) => {
  const refresher = createLibraryRefresher({
    refreshList: () => useLibraryStore.getState().refresh(),
    refreshFacets: () => useLibraryInfoStore.getState().loadFacets(),
    reloadLibrary: () => useLibraryInfoStore.getState().load(),
  });
  const unsubscribe = copydeskBridge().events.onLibraryChanged(refresher.onChanged);
  return () => {
    unsubscribe();
    refresher.stop();
  };
};
