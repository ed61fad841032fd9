import type { HocuspocusProvider } from '@hocuspocus/provider';
import * as decoding from 'lib0/decoding';
import {
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import type { PresenceRelay, RemotePresenceListener } from './presence-relay';

/** The origin of what this desk's windows said, on the provider's awareness. */
const deskOrigin = 'desk';

interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

type RelayedProvider = Pick<HocuspocusProvider, 'awareness' | 'on' | 'off'>;

/** The one window an update speaks for, and whether it is still there; null when malformed. */
const windowOf = (update: Uint8Array): { client: number; present: boolean } | null => {
  try {
    const decoder = decoding.createDecoder(update);
    if (decoding.readVarUint(decoder) !== 1) return null;
    const client = decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    const state: unknown = JSON.parse(decoding.readVarString(decoder));
    const present = typeof state === 'object' && state !== null && Object.keys(state).length > 0;
    return { client, present };
  } catch {
    return null;
  }
};

/** A relay the replica feeds with its providers, one per article it keeps connected. */
export interface ProviderPresenceRelay extends PresenceRelay {
  /** Relays this article's presence through `provider` until the returned detach is called. */
  attach(articleId: string, provider: RelayedProvider): () => void;
  /**
   * `keep` hears of every window's presence in an article, before it is relayed: the replica
   * connects the article (and keeps it connected) while someone is in it, and says whether it
   * is connected or connecting. Returns the stop.
   */
  keepWith(keep: (articleId: string) => boolean): () => void;
}

/**
 * The windows' awareness updates are applied to the article's provider awareness (which sends
 * them to the server); what the provider heard from the server (its own origin) is passed on.
 */
export const createProviderPresenceRelay = (): ProviderPresenceRelay => {
  const providers = new Map<string, RelayedProvider>();
  const listeners = new Set<RemotePresenceListener>();
  let keep: ((articleId: string) => boolean) | null = null;
  /** Each window's last word per article: a connection opened later starts from them. */
  const latest = new Map<string, Map<number, Uint8Array>>();

  const remember = (articleId: string, update: Uint8Array): boolean => {
    const window = windowOf(update);
    if (window === null) return false;
    const said = latest.get(articleId) ?? new Map<number, Uint8Array>();
    if (window.present) said.set(window.client, update);
    else said.delete(window.client);
    if (said.size > 0) latest.set(articleId, said);
    else latest.delete(articleId);
    return true;
  };

  const announce = (articleId: string, update: Uint8Array) => {
    for (const listener of [...listeners]) listener(articleId, update);
  };

  return {
    send(articleId, update) {
      // A window's malformed update is dropped; the connection carries on.
      if (!remember(articleId, update)) return false;
      const connecting = keep?.(articleId) ?? false;
      const awareness = providers.get(articleId)?.awareness;
      if (!awareness) return connecting;
      applyAwarenessUpdate(awareness, update, deskOrigin);
      return true;
    },
    onRemote(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    keepWith(keeper) {
      keep = keeper;
      return () => {
        if (keep === keeper) keep = null;
      };
    },
    attach(articleId, provider) {
      const { awareness } = provider;
      if (!awareness) return () => undefined;
      /** This desk's windows, as the provider's awareness holds them. */
      const windows = new Set<number>();
      const forward = ({ added, updated, removed }: AwarenessChanges, origin: unknown) => {
        if (origin === deskOrigin) {
          for (const client of [...added, ...updated]) windows.add(client);
          for (const client of removed) windows.delete(client);
          return;
        }
        if (origin !== provider) return;
        const clients = [...added, ...updated, ...removed];
        if (clients.length > 0) announce(articleId, encodeAwarenessUpdate(awareness, clients));
      };
      // A provider (re)connecting announces only its own state: the windows' go out again, or
      // the other desks would not see them before their next renewal (up to 15 seconds).
      const announceWindows = () => {
        const present = [...windows].filter((client) => awareness.getStates().has(client));
        if (present.length === 0) return;
        awareness.emit('update', [{ added: [], updated: present, removed: [] }, deskOrigin]);
      };
      providers.set(articleId, provider);
      awareness.on('update', forward);
      provider.on('synced', announceWindows);
      for (const update of latest.get(articleId)?.values() ?? []) {
        applyAwarenessUpdate(awareness, update, deskOrigin);
      }
      return () => {
        provider.off('synced', announceWindows);
        if (providers.get(articleId) !== provider) return;
        // The windows forget the other desks seen through this connection.
        const others = [...awareness.getStates().keys()].filter(
          (client) => client !== awareness.clientID && !windows.has(client),
        );
        removeAwarenessStates(awareness, others, provider);
        awareness.off('update', forward);
        providers.delete(articleId);
      };
    },
  };
};
