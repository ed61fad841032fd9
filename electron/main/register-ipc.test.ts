import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { channels } from '../../shared/ipc/channels';
import { defaultSettings } from '../../shared/model/settings';
import type { HandlerTable } from '../host/dispatch';
import { registerIpc } from './register-ipc';

type Invoke = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>;

const setup = () => {
  const registered = new Map<string, Invoke>();
  const ipcMain = {
    handle: (channel: string, listener: Invoke) => registered.set(channel, listener),
  };
  const handlers = Object.fromEntries(
    channels.map((channel) => [channel, vi.fn(() => ({ served: channel }))]),
  ) as unknown as HandlerTable;
  handlers['settings:get'] = vi.fn(() => defaultSettings('fr'));
  const ours = { id: 1 } as unknown as WebContents;
  registerIpc(ipcMain, handlers, () => ours);
  const topFrame = { parent: null, url: 'app://copydesk/index.html' };
  const event = (overrides: Partial<{ sender: unknown; senderFrame: unknown }> = {}) =>
    ({ sender: ours, senderFrame: topFrame, ...overrides }) as unknown as IpcMainInvokeEvent;
  const call = (channel: string, payload: unknown, from = event()) =>
    registered.get(channel)!(from, payload);
  return { registered, handlers, event, call, topFrame, ours };
};

const forbidden = {
  ok: false,
  error: { code: 'forbidden', message: expect.any(String) as string },
};

describe('registerIpc', () => {
  it('registers every contract channel and nothing else', () => {
    const { registered } = setup();
    expect([...registered.keys()].sort()).toEqual([...channels].sort());
  });

  it('serves a valid call from our top-level app page', async () => {
    const { call } = setup();
    expect(await call('settings:get', {})).toEqual({ ok: true, value: defaultSettings('fr') });
  });

  it.each([
    ['another origin', { senderFrame: { parent: null, url: 'https://evil.example/' } }],
    ['a look-alike host', { senderFrame: { parent: null, url: 'app://copydesk.evil/index.html' } }],
    ['a file: page', { senderFrame: { parent: null, url: 'file:///tmp/x.html' } }],
    [
      'a subframe of our page',
      { senderFrame: { parent: { url: 'app://copydesk/' }, url: 'app://copydesk/x.html' } },
    ],
    ['a destroyed frame', { senderFrame: null }],
    ['another window', { sender: { id: 2 } }],
  ])(
    'rejects a call from %s as forbidden without running the handler',
    async (_name, overrides) => {
      const { call, event, handlers } = setup();
      expect(await call('settings:get', {}, event(overrides))).toEqual(forbidden);
      expect(handlers['settings:get']).not.toHaveBeenCalled();
    },
  );

  it.each([
    ['articles:get', { id: 'not-a-uuid' }],
    ['settings:update', { uiLanguage: 'de' }],
    ['settings:update', { unknownKey: true }],
    ['articles:save', 'a string'],
    ['shell:openExternal', { url: 42 }],
  ])('answers %s with a malformed payload by an invalid result', async (channel, payload) => {
    const { call, handlers } = setup();
    const result = await call(channel, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(handlers[channel as keyof HandlerTable]).not.toHaveBeenCalled();
  });

  it('turns a throwing handler into an error result', async () => {
    const { call, handlers } = setup();
    handlers['library:info'] = () => {
      throw new Error('disk gone');
    };
    expect(await call('library:info', {})).toEqual({
      ok: false,
      error: { code: 'internal', message: 'disk gone' },
    });
  });
});
