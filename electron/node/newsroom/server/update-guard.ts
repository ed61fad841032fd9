import type { beforeSyncPayload, Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import { messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync';
import type { NewsroomContext } from './newsroom-context';

/** Thrown from a hook, closes the one document connection with this code and reason. */
const closing = (code: number, reason: string) =>
  Object.assign(new Error(reason), { code, reason });

/** Whether the update applies on its own: a document of just it is built, and thrown away. */
const appliesAlone = (update: Uint8Array): boolean => {
  const scratch = new Y.Doc({ gc: false });
  try {
    Y.decodeUpdate(update);
    Y.applyUpdate(scratch, update);
    return true;
  } catch {
    return false;
  } finally {
    scratch.destroy();
  }
};

/**
 * Checked before Hocuspocus applies an update: an oversized one, or one that does not decode and
 * apply on its own (garbage, truncated), closes the sender's connection to the document and
 * never reaches it, so a half-applied update cannot corrupt what everyone else edits.
 */
export const updateGuard = (maxUpdateBytes: number): Extension<NewsroomContext> => ({
  extensionName: 'copydesk-update-guard',
  beforeSync: ({ type, payload }: beforeSyncPayload<NewsroomContext>): Promise<void> => {
    if (type !== messageYjsSyncStep2 && type !== messageYjsUpdate) return Promise.resolve();
    if (payload.byteLength > maxUpdateBytes) {
      return Promise.reject(closing(1009, 'update-too-large'));
    }
    if (!appliesAlone(payload)) return Promise.reject(closing(4400, 'malformed-update'));
    return Promise.resolve();
  },
});
