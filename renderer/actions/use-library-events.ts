import { useEffect } from 'react';
import { copydeskBridge } from '../bridge/copydesk-bridge';
import { useLibraryInfoStore } from '../library/library-info-store';
import { useLibraryStore } from '../library/library-store';

/** Another window or process changed articles: show the list and filters as they are now. */
export function useLibraryEvents(): void {
  useEffect(
    () =>
      copydeskBridge().events.onLibraryChanged(() => {
        void useLibraryStore.getState().refresh();
        void useLibraryInfoStore.getState().loadFacets();
      }),
    [],
  );
}
