import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/ipc/result';
import type { Article } from '../../shared/model/article';
import type { SaveStatus } from '../state/editor-saver';
import { article } from '../state/testing/editor-fakes';
import { createSendForReviewStore } from './send-for-review-store';

type Sent = Result<{ path: string } | null>;

function setup(options: { saved?: boolean; save?: SaveStatus; readOnly?: boolean } = {}) {
  const calls: string[] = [];
  const session = {
    article: article(1) as Article | null,
    busy: false,
    save: options.save ?? { kind: 'saved' },
    saveNow: vi.fn(() => {
      calls.push('saveNow');
      return Promise.resolve(options.saved ?? true);
    }),
  };
  const send = vi.fn((_request: { id: string; recipient?: string }): Promise<Sent> => {
    calls.push('send');
    return Promise.resolve({ ok: true, value: { path: '/desk/article-1.copydesk' } });
  });
  const messages = { show: vi.fn(), showError: vi.fn() };
  const store = createSendForReviewStore({
    api: { packages: { send } },
    session: () => session,
    libraryReadOnly: () => options.readOnly ?? false,
    messages: () => messages,
  });
  return { store, session, send, messages, calls };
}

describe('send for review', () => {
  it('saves pending edits first, then tells where the package was written', async () => {
    const { store, send, messages, calls } = setup();
    await store.getState().send();
    expect(calls).toEqual(['saveNow', 'send']);
    expect(send).toHaveBeenCalledWith({ id: article(1).id, recipient: '' });
    expect(messages.show).toHaveBeenCalledWith({
      tone: 'info',
      key: 'packages:send.done',
      values: { path: '/desk/article-1.copydesk' },
    });
    expect(store.getState().sending).toBe(false);
  });

  it('asks who the package is for, then sends it with that name', async () => {
    const { store, send } = setup();
    store.getState().ask();
    expect(store.getState().asking).toBe(true);
    expect(send).not.toHaveBeenCalled();
    await store.getState().send('Awa Diop');
    expect(store.getState().asking).toBe(false);
    expect(send).toHaveBeenCalledWith({ id: article(1).id, recipient: 'Awa Diop' });
  });

  it('does not ask while the article cannot be sent', () => {
    const { store } = setup({ readOnly: true });
    store.getState().ask();
    expect(store.getState().asking).toBe(false);
  });

  it('says nothing when the user cancels the save dialog', async () => {
    const { store, send, messages } = setup();
    send.mockResolvedValueOnce({ ok: true, value: null });
    await store.getState().send();
    expect(messages.show).not.toHaveBeenCalled();
    expect(messages.showError).not.toHaveBeenCalled();
  });

  it('shows the error when the package could not be written', async () => {
    const { store, send, messages } = setup();
    const error = { code: 'disk_full' as const, message: 'The disk is full.' };
    send.mockResolvedValueOnce({ ok: false, error });
    await store.getState().send();
    expect(messages.showError).toHaveBeenCalledWith(error);
    expect(messages.show).not.toHaveBeenCalled();
    expect(store.getState().sending).toBe(false);
  });

  it('sends nothing when the latest edits could not be saved', async () => {
    const { store, send, messages } = setup({ saved: false });
    await store.getState().send();
    expect(send).not.toHaveBeenCalled();
    expect(messages.show).toHaveBeenCalledWith({ tone: 'error', key: 'packages:send.notSaved' });
  });

  it.each([
    ['the library is read-only', { readOnly: true }],
    ['the article is in a save conflict', { save: { kind: 'conflict' } as const }],
  ])('does nothing while %s', async (_case, options) => {
    const { store, send, calls } = setup(options);
    await store.getState().send();
    expect(calls).toEqual([]);
    expect(send).not.toHaveBeenCalled();
  });
});
