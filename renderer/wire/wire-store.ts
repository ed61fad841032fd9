import { create } from 'zustand';
import type { StateCreator } from 'zustand';
import type { AppErrorShape } from '../../shared/errors/error-code';
import type { CopydeskApi } from '../../shared/ipc/api';
import type { WireEntry, WireSummary } from '../../shared/model/wire-entry';
import { copydeskBridge } from '../bridge/copydesk-bridge';
import { useLibraryStore } from '../library/library-store';

export interface WireFilters {
  text: string;
  agency: string;
  /** 0 for every urgency, else only items at least this urgent. */
  urgencyAtMost: number;
  unreadOnly: boolean;
}

export interface WireState {
  /** The library pane shows the wires instead of the articles. */
  open: boolean;
  filters: WireFilters;
  items: WireSummary[];
  /** Every agency met so far, for the filter. */
  agencies: string[];
  selected: WireEntry | null;
  error: AppErrorShape | null;
  toggle: () => void;
  setFilters: (patch: Partial<WireFilters>) => void;
  load: () => Promise<void>;
  select: (id: number) => Promise<void>;
  /** "Write from this wire"; the new draft opens in the editor. */
  take: (id: number) => Promise<void>;
  /** Chooses the drop folder the app watches (a native dialog), or stops watching; the folder. */
  chooseDropFolder: (clear: boolean) => Promise<string | null | undefined>;
}

const noFilters: WireFilters = { text: '', agency: '', urgencyAtMost: 0, unreadOnly: false };

/** The Wires view: the library's agency items, filtered, one previewed (and so marked read). */
interface ArticleList {
  refresh: () => Promise<void>;
  select: (id: string) => void;
}

export const wireState =
  (api: Pick<CopydeskApi, 'wire'>, articles: () => ArticleList): StateCreator<WireState> =>
  (set, get) => ({
    open: false,
    filters: noFilters,
    items: [],
    agencies: [],
    selected: null,
    error: null,
    toggle: () => {
      const open = !get().open;
      set({ open });
      if (open) void get().load();
    },
    setFilters: (patch) => {
      set({ filters: { ...get().filters, ...patch } });
      void get().load();
    },
    async load() {
      const { text, agency, urgencyAtMost, unreadOnly } = get().filters;
      const result = await api.wire.list({
        text,
        unreadOnly,
        ...(agency === '' ? {} : { agency }),
        ...(urgencyAtMost === 0 ? {} : { urgencyAtMost }),
      });
      if (!result.ok) return set({ error: result.error });
      const agencies = [
        ...new Set([...get().agencies, ...result.value.map((item) => item.agency)]),
      ];
      set({ items: result.value, agencies: agencies.sort(), error: null });
    },
    async select(id) {
      const result = await api.wire.get({ id });
      if (!result.ok) return set({ error: result.error });
      set({ selected: result.value, error: null });
      if (result.value.read) return;
      const marked = await api.wire.markRead({ id });
      if (!marked.ok) return set({ error: marked.error });
      set({
        items: get().items.map((item) => (item.id === id ? { ...item, read: true } : item)),
      });
    },
    async chooseDropFolder(clear) {
      const result = await api.wire.dropFolder({ clear });
      if (!result.ok) {
        set({ error: result.error });
        return undefined;
      }
      return result.value.folder;
    },
    async take(id) {
      const result = await api.wire.take({ id });
      if (!result.ok) return set({ error: result.error });
      set({ open: false, error: null });
      const list = articles();
      await list.refresh();
      list.select(result.value.id);
    },
  });

export const useWireStore = create<WireState>()(
  wireState(copydeskBridge(), () => useLibraryStore.getState()),
);

/** The drop folder stored items (in this window's host): an open Wires view shows them. */
export const followWireChanges = (): (() => void) =>
  copydeskBridge().events.onWireChanged(() => {
    if (useWireStore.getState().open) void useWireStore.getState().load();
  });
