import { create } from 'zustand';
import type { StateCreator } from 'zustand';
import type { CopydeskApi } from '../../shared/ipc/api';
import type { RecentLibrary } from '../../shared/ipc/contract';
import type { AppErrorShape } from '../../shared/errors/error-code';
import type { LibraryCompaction, LibraryInfo } from '../../shared/model/library';
import type { Facets } from '../../shared/model/list-query';
import { copydeskBridge } from '../bridge/copydesk-bridge';

export type Outcome<T> =
  { kind: 'done'; value: T } | { kind: 'cancelled' } | { kind: 'failed'; error: AppErrorShape };

export interface LibraryInfoState {
  info: LibraryInfo | null;
  /** Why no library is available (none open, server gone …). */
  error: AppErrorShape | null;
  facets: Facets;
  recent: RecentLibrary[];
  /** True while a library operation (open, create, backup, compact) runs. */
  busy: boolean;
  load: () => Promise<void>;
  loadFacets: () => Promise<void>;
  /** `recentHandle`: a recent library to open; without it the host asks with its dialog. */
  switchLibrary: (kind: 'open' | 'create', recentHandle?: string) => Promise<Outcome<LibraryInfo>>;
  backup: () => Promise<Outcome<string>>;
  /** "Compact library": a backup beside it, then the file rebuilt smaller. */
  compact: () => Promise<Outcome<LibraryCompaction>>;
}

const noFacets: Facets = { sections: [], tags: [], bylines: [], languages: [] };

export const libraryInfoState =
  (api: Pick<CopydeskApi, 'library'>): StateCreator<LibraryInfoState> =>
  (set, get) => {
    const busyWhile = async <T>(work: () => Promise<Outcome<T>>): Promise<Outcome<T>> => {
      set({ busy: true });
      try {
        return await work();
      } finally {
        set({ busy: false });
      }
    };

    return {
      info: null,
      error: null,
      facets: noFacets,
      recent: [],
      busy: false,

      async load() {
        const [info, recent] = await Promise.all([api.library.info({}), api.library.recent({})]);
        set({
          info: info.ok ? info.value : null,
          error: info.ok ? null : info.error,
          recent: recent.ok ? recent.value : get().recent,
        });
        if (info.ok) await get().loadFacets();
      },

      async loadFacets() {
        const facets = await api.library.facets({});
        if (facets.ok) set({ facets: facets.value });
      },

      switchLibrary: (kind, recentHandle) =>
        busyWhile<LibraryInfo>(async () => {
          const request = recentHandle === undefined ? {} : { handle: recentHandle };
          const result =
            kind === 'open' ? await api.library.open(request) : await api.library.create({});
          if (!result.ok) return { kind: 'failed', error: result.error };
          if (result.value === null) return { kind: 'cancelled' };
          await get().load();
          return { kind: 'done', value: result.value };
        }),

      backup: () =>
        busyWhile<string>(async () => {
          const result = await api.library.backup({});
          if (!result.ok) return { kind: 'failed', error: result.error };
          return result.value === null
            ? { kind: 'cancelled' }
            : { kind: 'done', value: result.value.path };
        }),

      compact: () =>
        busyWhile<LibraryCompaction>(async () => {
          const result = await api.library.compact({});
          return result.ok
            ? { kind: 'done', value: result.value }
            : { kind: 'failed', error: result.error };
        }),
    };
  };

export const useLibraryInfoStore = create<LibraryInfoState>()(libraryInfoState(copydeskBridge()));
