import { describe, expect, it } from 'vitest';
import { dispatch, type HandlerTable } from '../dispatch';
import { createHostEvents, type HostEvent } from '../events/host-events';
import type {
  PresenceRelay,
  RemotePresenceListener,
} from '../../node/newsroom/presence/presence-relay';
import { createProviderPresenceRelay } from '../../node/newsroom/presence/provider-presence-relay';
import { announceRemotePresence, createPresenceHandlers } from './presence-handlers';

const id = 'a1b2c3d4-0000-4000-8000-000000000001';

const fakeRelay = () => {
  const sent: { id: string; update: number[] }[] = [];
  const listeners = new Set<RemotePresenceListener>();
  const relay: PresenceRelay = {
    send: (articleId, update) => {
      sent.push({ id: articleId, update: [...update] });
      return true;
    },
    onRemote: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { relay, sent, hear: (update: Uint8Array) => listeners.forEach((l) => l(id, update)) };
};

const handlers = (presence: PresenceRelay = createProviderPresenceRelay()) =>
  createPresenceHandlers(presence) as HandlerTable;

describe('newsroom:awareness', () => {
  it('hands a window’s update to the relay, decoded, and says it was shared', async () => {
    const { relay, sent } = fakeRelay();
    const result = await dispatch(handlers(relay), 'newsroom:awareness', { id, update: 'AQID' });
    expect(result).toEqual({ ok: true, value: { shared: true } });
    expect(sent).toEqual([{ id, update: [1, 2, 3] }]);
  });

  it('shares nothing without a newsroom connection', async () => {
    const result = await dispatch(handlers(), 'newsroom:awareness', { id, update: 'AQID' });
    expect(result).toEqual({ ok: true, value: { shared: false } });
  });

  it('refuses what is not base64', async () => {
    const result = await dispatch(handlers(), 'newsroom:awareness', { id, update: '<script>' });
    expect(result.ok).toBe(false);
  });

  it('announces the other desks’ presence to every window, encoded', () => {
    const { relay, hear } = fakeRelay();
    const events = createHostEvents();
    const heard: HostEvent[] = [];
    events.subscribe((event) => heard.push(event));
    const stop = announceRemotePresence(relay, events);
    hear(new Uint8Array([1, 2, 3]));
    stop();
    hear(new Uint8Array([4]));
    expect(heard).toEqual([{ name: 'newsroom:awareness', payload: { id, update: 'AQID' } }]);
  });
});
