import { create } from 'zustand';
import type { StateCreator } from 'zustand';
import type { CopydeskApi } from '../../shared/ipc/api';
import type { AppErrorShape } from '../../shared/errors/error-code';
import type { NewsroomState } from '../../shared/newsroom/newsroom-state';
import { copydeskBridge } from '../bridge/copydesk-bridge';

export interface NewsroomStoreState {
  /** Null until the host answered. */
  newsroom: NewsroomState | null;
  dialogOpen: boolean;
  connecting: boolean;
  /** Why the last connection attempt failed. */
  error: AppErrorShape | null;
  load: () => Promise<void>;
  /** Follows the host's `newsroom:changed`; returns the unsubscribe. */
  follow: () => () => void;
  openDialog: () => void;
  closeDialog: () => void;
  connect: (address: string, invitation: string) => Promise<boolean>;
  disconnect: () => Promise<void>;
}

/** The library's newsroom link: the connect dialog, the connection, the changes waiting. */
export const newsroomState =
  (api: Pick<CopydeskApi, 'newsroom' | 'events'>): StateCreator<NewsroomStoreState> =>
  (set) => ({
    newsroom: null,
    dialogOpen: false,
    connecting: false,
    error: null,
    async load() {
      const result = await api.newsroom.state({});
      if (result.ok) set({ newsroom: result.value });
    },
    follow: () => api.events.onNewsroomChanged((newsroom) => set({ newsroom })),
    openDialog: () => set({ dialogOpen: true, error: null }),
    closeDialog: () => set({ dialogOpen: false, error: null }),
    async connect(address, invitation) {
      set({ connecting: true, error: null });
      const result = await api.newsroom.connect({ address, invitation });
      set(
        result.ok
          ? { connecting: false, newsroom: result.value, dialogOpen: false }
          : { connecting: false, error: result.error },
      );
      return result.ok;
    },
    async disconnect() {
      const result = await api.newsroom.disconnect({});
      if (result.ok) set({ newsroom: result.value });
    },
  });

export const useNewsroomStore = create<NewsroomStoreState>()(newsroomState(copydeskBridge()));
