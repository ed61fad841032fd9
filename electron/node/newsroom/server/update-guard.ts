import type { beforeSyncPayload, Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import { messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync';
import type { NewsroomContext } from './newsroom-context';

/** Thrown from a hook, closes the one document connection with this code and reason. */
const closing = (code: number, reason: string) =>
  Object.assign(new Error(reason), { code, reason });

const decodes = (update: Uint8Array): boolean => {
  try {
    Y.decodeUpdate(update);
    return true;
  } catch {
    return false;
  }
};

/**
 * Checked before Hocuspocus applies an update: an oversized one, or one that does not decode
 * whole (garbage, truncated), closes the sender's connection to the document and never reaches
 * it, so a half-read update cannot corrupt what everyone else edits. This is the library's own
 * check on a desk's update (`applyArticleUpdate`); applying each update to a scratch document as
 * well costs fifty times more (an update alone is all pending structs) for little more safety.
 */
export const updateGuard = (maxUpdateBytes: number): Extension<NewsroomContext> => ({
  extensionName: 'copydesk-update-guard',
  beforeSync: ({ type, payload }: beforeSyncPayload<NewsroomContext>): Promise<void> => {
    if (type !== messageYjsSyncStep2 && type !== messageYjsUpdate) return Promise.resolve();
    if (payload.byteLength > maxUpdateBytes) {
      return Promise.reject(closing(1009, 'update-too-large'));
    }
    if (!decodes(payload)) return Promise.reject(closing(4400, 'malformed-update'));
    return Promise.resolve();
  },
});
