import type { HocuspocusProvider } from '@hocuspocus/provider';
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

/** A relay the replica feeds with its providers, one per article it keeps connected. */
export interface ProviderPresenceRelay extends PresenceRelay {
  /** Relays this article's presence through `provider` until the returned detach is called. */
  attach(articleId: string, provider: RelayedProvider): () => void;
  /**
   * `keep` hears of every window's presence in an article, before it is relayed: the replica
   * connects the article (and keeps it connected) while someone is in it. Returns the stop.
   */
  keepWith(keep: (articleId: string) => void): () => void;
}

/**
 * The windows' awareness updates are applied to the article's provider awareness (which sends
 * them to the server); what the provider heard from the server (its own origin) is passed on.
 */
export const createProviderPresenceRelay = (): ProviderPresenceRelay => {
  const providers = new Map<string, RelayedProvider>();
  const listeners = new Set<RemotePresenceListener>();
  let keep: ((articleId: string) => void) | null = null;

  const announce = (articleId: string, update: Uint8Array) => {
    for (const listener of [...listeners]) listener(articleId, update);
  };

  return {
    send(articleId, update) {
      keep?.(articleId);
      const awareness = providers.get(articleId)?.awareness;
      if (!awareness) return false;
      try {
        applyAwarenessUpdate(awareness, update, deskOrigin);
      } catch {
        // A window's malformed update is dropped; the connection carries on.
        return false;
      }
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
      return () => {
        provider.off('synced', announceWindows);
        if (providers.get(articleId) !== provider) return;
        // The windows forget the other desks seen through this connection.
        const others = [...awareness.getStates().keys()].filter(
          (client) => client !== awareness.clientID,
        );
        removeAwarenessStates(awareness, others, provider);
        awareness.off('update', forward);
        providers.delete(articleId);
      };
    },
  };
};
