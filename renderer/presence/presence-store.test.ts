import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import { decodeUpdate, encodeUpdate } from '../../shared/collab/update-encoding';
import { createPresenceStore, type PresenceMessage } from './presence-store';

const id = 'a1b2c3d4-0000-4000-8000-000000000001';

/** A host that answers every send with `shared`, and may hold the answers back. */
const fakeHost = (shared = true) => {
  const sent: PresenceMessage[] = [];
  const held: (() => void)[] = [];
  let holding = false;
  const send = (message: PresenceMessage) => {
    sent.push(message);
    const answer = { ok: true as const, value: { shared } };
    if (!holding) return Promise.resolve(answer);
    return new Promise<typeof answer>((resolve) => held.push(() => resolve(answer)));
  };
  return {
    sent,
    send,
    hold: () => (holding = true),
    release: async () => {
      holding = false;
      for (const answer of held.splice(0)) answer();
      await Promise.resolve();
    },
  };
};

/** What the host heard last from this window, read back as a remote desk would. */
const lastState = (sent: PresenceMessage[]) => {
  const reader = new Awareness(new Y.Doc());
  applyAwarenessUpdate(reader, decodeUpdate(sent.at(-1)!.update), 'test');
  const states = [...reader.getStates().entries()].filter(([c]) => c !== reader.clientID);
  return states[0]?.[1] ?? null;
};

const remoteDesk = (name: string, color: string) => {
  const awareness = new Awareness(new Y.Doc());
  const say = (state: Record<string, unknown> | null) => {
    awareness.setLocalState(state);
    return { id, update: encodeUpdate(encodeAwarenessUpdate(awareness, [awareness.clientID])) };
  };
  return {
    awareness,
    enter: (editing: string | null = null) => say({ user: { name, color }, editing }),
    say,
  };
};

const setup = (shared = true) => {
  const host = fakeHost(shared);
  let rename: (name: string) => void = () => undefined;
  const store = createPresenceStore({
    send: host.send,
    profileName: () => 'Awa Diop',
    watchProfileName: (listener) => {
      rename = listener;
      return () => (rename = () => undefined);
    },
    idleMs: 15_000,
  });
  const doc = new Y.Doc();
  return { host, store, doc, rename: (name: string) => rename(name) };
};

afterEach(() => vi.useRealTimers());

describe('the presence store', () => {
  it('announces this window with the profile’s name and colour, and where it types', async () => {
    const { host, store, doc, rename } = setup();
    store.getState().join(id, doc);
    await Promise.resolve();
    expect(lastState(host.sent)).toMatchObject({ user: { name: 'Awa Diop' }, editing: null });
    expect((lastState(host.sent)?.user as { color: string }).color).toMatch(/^#[0-9a-f]{6}$/);
    store.getState().setEditing('headline');
    await Promise.resolve();
    expect(lastState(host.sent)).toMatchObject({ editing: 'headline' });
    rename('Awa Diop-Ndiaye');
    await Promise.resolve();
    expect(lastState(host.sent)).toMatchObject({ user: { name: 'Awa Diop-Ndiaye' } });
    expect(host.sent.every((message) => message.id === id)).toBe(true);
  });

  it('sends one message at a time, then only the latest state', async () => {
    const { host, store, doc } = setup();
    host.hold();
    store.getState().join(id, doc);
    for (const field of ['headline', 'standfirst', 'body'] as const)
      store.getState().setEditing(field);
    expect(host.sent).toHaveLength(1);
    await host.release();
    await Promise.resolve();
    expect(host.sent).toHaveLength(2);
    expect(lastState(host.sent)).toMatchObject({ editing: 'body' });
  });

  it('lists the other desks’ people and keeps the list while only their carets move', () => {
    const { store, doc } = setup();
    store.getState().join(id, doc);
    const jean = remoteDesk('Jean Martin', '#b91c1c');
    store.getState().receive(jean.enter('standfirst'));
    store.getState().receive(remoteDesk('Zoé Blanc', '#047857').enter());
    const peers = store.getState().peers;
    expect(peers.map(({ name, color, editing }) => ({ name, color, editing }))).toEqual([
      { name: 'Jean Martin', color: '#b91c1c', editing: 'standfirst' },
      { name: 'Zoé Blanc', color: '#047857', editing: null },
    ]);
    store.getState().receive(
      jean.say({
        user: { name: 'Jean Martin', color: '#b91c1c' },
        editing: 'standfirst',
        cursor: { anchor: 1, head: 2 },
      }),
    );
    expect(store.getState().peers).toBe(peers);
    store.getState().receive(jean.say({}));
    expect(store.getState().peers.map((peer) => peer.name)).toEqual(['Zoé Blanc']);
  });

  it('ignores another article’s presence, malformed updates and malformed states', () => {
    const { store, doc } = setup();
    store.getState().join(id, doc);
    const jean = remoteDesk('Jean Martin', '#b91c1c');
    store.getState().receive({ ...jean.enter(), id: 'b1b2c3d4-0000-4000-8000-000000000002' });
    store.getState().receive({ id, update: 'AAAA' });
    store.getState().receive(remoteDesk('Mallory', 'red; background: url(x)').enter());
    store
      .getState()
      .receive(remoteDesk('Eve', '#123456').say({ user: { name: 42, color: '#123456' } }));
    expect(store.getState().peers).toEqual([]);
  });

  it('asks again only now and then while nothing is shared, at once when another desk is heard', async () => {
    vi.useFakeTimers();
    const { host, store, doc } = setup(false);
    store.getState().join(id, doc);
    await Promise.resolve();
    expect(host.sent).toHaveLength(1);
    store.getState().setEditing('body');
    await Promise.resolve();
    expect(host.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(host.sent).toHaveLength(2);
    store.getState().setEditing('headline');
    store.getState().receive(remoteDesk('Jean Martin', '#b91c1c').enter());
    await Promise.resolve();
    expect(host.sent).toHaveLength(3);
    expect(lastState(host.sent)).toMatchObject({ editing: 'headline' });
  });

  it('announces itself again when a dropped connection removed its state', async () => {
    const { host, store, doc } = setup();
    store.getState().join(id, doc);
    await Promise.resolve();
    const awareness = store.getState().awarenessFor(doc);
    const relay = new Awareness(new Y.Doc());
    applyAwarenessUpdate(relay, decodeUpdate(host.sent.at(-1)!.update), 'test');
    removeAwarenessStates(relay, [awareness.clientID], 'provider');
    const count = host.sent.length;
    store.getState().receive({
      id,
      update: encodeUpdate(encodeAwarenessUpdate(relay, [awareness.clientID])),
    });
    await Promise.resolve();
    expect(host.sent).toHaveLength(count + 1);
    expect(lastState(host.sent)).toMatchObject({ user: { name: 'Awa Diop' } });
  });

  it('says it is here again when someone arrives, in case its first word was lost', async () => {
    const { host, store, doc } = setup();
    store.getState().join(id, doc);
    await Promise.resolve();
    const count = host.sent.length;
    const jean = remoteDesk('Jean Martin', '#b91c1c');
    store.getState().receive(jean.enter());
    await Promise.resolve();
    expect(host.sent).toHaveLength(count + 1);
    // Jean moving his caret is no arrival: nothing more is sent.
    store.getState().receive(jean.enter('body'));
    await Promise.resolve();
    expect(host.sent).toHaveLength(count + 1);
  });

  it('says it left with an empty state (Hocuspocus drops removals) and forgets the others', async () => {
    const { host, store, doc } = setup();
    const leave = store.getState().join(id, doc);
    store.getState().receive(remoteDesk('Jean Martin', '#b91c1c').enter());
    await Promise.resolve();
    leave();
    expect(lastState(host.sent)).toEqual({});
    expect(store.getState().peers).toEqual([]);
    expect(store.getState().awarenessFor(doc).getLocalState()).toBeNull();
    const count = host.sent.length;
    store.getState().setEditing('body');
    expect(host.sent).toHaveLength(count);
  });
});
