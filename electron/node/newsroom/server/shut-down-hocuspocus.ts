import type { Hocuspocus } from '@hocuspocus/server';
import type { NewsroomContext } from './newsroom-context';

/** How long closing waits for the last documents to be stored before it gives up on them. */
const storeWaitMs = 10_000;

const everyDocumentUnloaded = (hocuspocus: Hocuspocus<NewsroomContext>): Promise<void> =>
  new Promise((resolve) => {
    const started = Date.now();
    const poll = (): void => {
      if (hocuspocus.getDocumentsCount() === 0 || Date.now() - started > storeWaitMs) resolve();
      else setTimeout(poll, 20);
    };
    poll();
  });

/**
 * What Hocuspocus's own Server does on destroy: every connection closed, pending stores run at
 * once, and the wait until each document is stored and unloaded; then the extensions' onDestroy.
 */
export const shutDownHocuspocus = async (
  hocuspocus: Hocuspocus<NewsroomContext>,
  libraryConnection: { disconnect(): Promise<void> },
): Promise<void> => {
  hocuspocus.closeConnections();
  await libraryConnection.disconnect();
  hocuspocus.flushPendingStores();
  await everyDocumentUnloaded(hocuspocus);
  await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
};
