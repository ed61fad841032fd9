import { create } from 'zustand';
import type { StateCreator } from 'zustand';
import type { CopydeskApi } from '../../shared/ipc/api';
import type { AppErrorShape } from '../../shared/errors/error-code';
import { copydeskBridge } from '../bridge/copydesk-bridge';

export type ShareHost = '127.0.0.1' | '0.0.0.0';

export interface ShareLibraryState {
  dialogOpen: boolean;
  sharing: boolean;
  /** The address desks connect to, once the server is listening. */
  url: string | null;
  error: AppErrorShape | null;
  openDialog: () => void;
  closeDialog: () => void;
  share: (host: ShareHost, port: number) => Promise<void>;
}

/** "Share this library on the network…": the dialog and the server it starts (Electron). */
export const shareLibraryState =
  (api: Pick<CopydeskApi, 'newsroom'>): StateCreator<ShareLibraryState> =>
  (set) => ({
    dialogOpen: false,
    sharing: false,
    url: null,
    error: null,
    openDialog: () => set({ dialogOpen: true, error: null }),
    closeDialog: () => set({ dialogOpen: false, error: null }),
    async share(host, port) {
      set({ sharing: true, error: null });
      const result = await api.newsroom.share({ host, port });
      set(
        result.ok
          ? { sharing: false, url: result.value.url }
          : { sharing: false, error: result.error },
      );
    },
  });

export const useShareLibraryStore = create<ShareLibraryState>()(
  shareLibraryState(copydeskBridge()),
);
