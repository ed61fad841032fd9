import type { beforeHandleAwarenessPayload, Extension } from '@hocuspocus/server';
import type { NewsroomContext } from './newsroom-context';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Presence says who is in an article, so the server vouches for the names: every `user.name` a
 * connection announces is the name it authenticated with, whatever the desk wrote (and whichever
 * client it claims to speak for).
 */
export const presenceGuard = (): Extension<NewsroomContext> => ({
  extensionName: 'copydesk-presence-guard',
  beforeHandleAwareness: ({ context, states }: beforeHandleAwarenessPayload<NewsroomContext>) => {
    const member = context?.member;
    if (member === undefined) return Promise.resolve();
    for (const state of states.values()) {
      if (isRecord(state) && isRecord(state.user)) state.user.name = member.name;
    }
    return Promise.resolve();
  },
});
