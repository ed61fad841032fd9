import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { create } from 'zustand';
import type { StateCreator } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { decodeUpdate, encodeUpdate } from '../../shared/collab/update-encoding';
import type { Result } from '../../shared/ipc/result';
import { copydeskBridge } from '../bridge/copydesk-bridge';
import { useSettingsStore } from '../state/settings-store';
import { readPeers, type EditingField, type PresencePeer } from './presence-peer';
import { presenceUser } from './presence-user';

/** What other desks said, applied here: never sent back. */
const remoteOrigin = 'remote';
/** While no connection shares presence, the host is asked again at most this often. */
const idleMs = 15_000;

export interface PresenceMessage {
  id: string;
  update: string;
}

export interface PresenceDeps {
  send: (message: PresenceMessage) => Promise<Result<{ shared: boolean }>>;
  profileName: () => string;
  /** Calls back with the profile's new name; returns the unsubscribe. */
  watchProfileName: (listener: (name: string) => void) => () => void;
  idleMs?: number;
}

export interface PresenceState {
  /** The other people in the open article; replaced only when who or where changes. */
  peers: PresencePeer[];
  /** The awareness of an article's document (one per document, silent until joined). */
  awarenessFor: (doc: Y.Doc) => Awareness;
  /** Announces this window in the article; returns the leave. */
  join: (articleId: string, doc: Y.Doc) => () => void;
  setEditing: (field: EditingField | null) => void;
  /** Another desk's presence (event `newsroom:awareness`). */
  receive: (message: PresenceMessage) => void;
}

interface Joined {
  articleId: string;
  awareness: Awareness;
  stop: () => void;
}

const samePeers = (a: PresencePeer[], b: PresencePeer[]) =>
  a.length === b.length &&
  a.every((peer, index) => {
    const other = b[index]!;
    return peer.name === other.name && peer.color === other.color && peer.editing === other.editing;
  });

export const presenceState =
  (deps: PresenceDeps): StateCreator<PresenceState> =>
  (set, get) => {
    const awarenesses = new WeakMap<Y.Doc, Awareness>();
    let joined: Joined | null = null;
    let shared = true;
    let sending = false;
    let dirty = false;
    let idleTimer: ReturnType<typeof setTimeout> | undefined;

    const readPeersNow = () => {
      const peers = joined ? readPeers(joined.awareness) : [];
      if (!samePeers(peers, get().peers)) set({ peers });
    };

    const encodeOwn = (awareness: Awareness) =>
      encodeUpdate(encodeAwarenessUpdate(awareness, [awareness.clientID]));

    /** One message at a time, always the latest state: a burst of caret moves is one send. */
    const flush = async () => {
      clearTimeout(idleTimer);
      idleTimer = undefined;
      if (sending || !dirty || !joined) return;
      const { articleId, awareness } = joined;
      dirty = false;
      sending = true;
      const result = await deps.send({ id: articleId, update: encodeOwn(awareness) });
      sending = false;
      shared = result.ok && result.value.shared;
      if (dirty) schedule();
    };

    const schedule = () => {
      dirty = true;
      if (shared) void flush();
      else idleTimer ??= setTimeout(() => void flush(), deps.idleMs ?? idleMs);
    };

    const follow = (articleId: string, awareness: Awareness): (() => void) => {
      const onUpdate = (
        { added, removed }: { added: number[]; removed: number[] },
        origin: unknown,
      ) => {
        if (origin !== remoteOrigin) schedule();
        // Someone arrived, or a dropped connection removed this window's state: this window says
        // it is here again (a renewal), in case what it said before never reached them.
        else if (added.length > 0 || removed.includes(awareness.clientID)) {
          const state = awareness.getLocalState();
          if (state !== null) awareness.setLocalState({ ...state });
        }
      };
      const stopName = deps.watchProfileName((name) =>
        awareness.setLocalStateField('user', presenceUser(name)),
      );
      awareness.on('update', onUpdate);
      awareness.on('change', readPeersNow);
      return () => {
        stopName();
        awareness.off('update', onUpdate);
        awareness.off('change', readPeersNow);
        clearTimeout(idleTimer);
        idleTimer = undefined;
        dirty = false;
        // Hocuspocus drops a removal (a null state) on its way: an empty state says "gone".
        awareness.setLocalState({});
        if (shared) void deps.send({ id: articleId, update: encodeOwn(awareness) });
        awareness.setLocalState(null);
      };
    };

    return {
      peers: [],

      awarenessFor(doc) {
        let awareness = awarenesses.get(doc);
        if (!awareness) {
          awareness = new Awareness(doc);
          awareness.setLocalState(null);
          awarenesses.set(doc, awareness);
        }
        return awareness;
      },

      join(articleId, doc) {
        joined?.stop();
        const awareness = get().awarenessFor(doc);
        const session: Joined = { articleId, awareness, stop: () => undefined };
        joined = session;
        shared = true;
        session.stop = follow(articleId, awareness);
        awareness.setLocalState({ user: presenceUser(deps.profileName()), editing: null });
        readPeersNow();
        return () => {
          if (joined !== session) return;
          session.stop();
          joined = null;
          readPeersNow();
        };
      },

      setEditing(field) {
        if (joined && joined.awareness.getLocalState()?.editing !== field) {
          joined.awareness.setLocalStateField('editing', field);
        }
      },

      receive({ id, update }) {
        if (joined?.articleId !== id) return;
        try {
          applyAwarenessUpdate(joined.awareness, decodeUpdate(update), remoteOrigin);
        } catch {
          return;
        }
        if (!shared) {
          shared = true;
          if (dirty) void flush();
        }
      },
    };
  };

/** @internal Tests build the store on fakes; the app uses the bound one. */
export const createPresenceStore = (deps: PresenceDeps) =>
  createStore<PresenceState>()(presenceState(deps));

const profileName = () => useSettingsStore.getState().settings?.authorName ?? '';

export const usePresence = create<PresenceState>()(
  presenceState({
    send: (message) => copydeskBridge().newsroom.awareness(message),
    profileName,
    watchProfileName: (listener) =>
      useSettingsStore.subscribe((state, previous) => {
        const name = state.settings?.authorName ?? '';
        if (name !== (previous.settings?.authorName ?? '')) listener(name);
      }),
  }),
);

/** Other desks' presence reaches the open article as the host relays it. Returns the unsubscribe. */
export const followPresence = (): (() => void) =>
  copydeskBridge().events.onNewsroomAwareness((message) => usePresence.getState().receive(message));
