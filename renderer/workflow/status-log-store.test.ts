import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { CopydeskApi } from '../../shared/ipc/api';
import type { StatusChange } from '../../shared/model/revision';
import type { HeldMove } from '../../shared/trust/held-move';
import type { StatusLogState } from './status-log-store';
import { statusLogState } from './status-log-store';

const first = '7f1c0f7e-3c55-4b0e-9a51-0c2f3b1d9a11';
const second = '0b6a3c1e-9d2f-4e55-8a71-3f2b1c0d9e22';
const entry = (articleId: string): StatusChange => ({
  id: 1,
  articleId,
  revision: 1,
  from: null,
  to: 'draft',
  by: 'Awa Diop',
  role: 'reporter',
  note: '',
  at: '2025-03-12T09:30:00Z',
});

const storeWith = (
  statusLog: CopydeskApi['articles']['statusLog'],
  heldMoves: CopydeskApi['articles']['heldMoves'] = () => Promise.resolve({ ok: true, value: [] }),
) =>
  createStore<StatusLogState>()(
    statusLogState({ articles: { statusLog, heldMoves } as CopydeskApi['articles'] }),
  );

describe('the status log store', () => {
  it('keeps the log of the article asked last, dropping a late answer for another', async () => {
    const answers: Record<string, (value: StatusChange[]) => void> = {};
    const store = storeWith(
      ({ id }) => new Promise((resolve) => (answers[id] = (value) => resolve({ ok: true, value }))),
    );
    const slow = store.getState().load(first);
    const fast = store.getState().load(second);
    answers[second]!([entry(second)]);
    await fast;
    answers[first]!([entry(first)]);
    await slow;
    expect(store.getState()).toMatchObject({
      articleId: second,
      changes: [entry(second)],
      failed: false,
    });
  });

  it('says when the log could not be read', async () => {
    const store = storeWith(() =>
      Promise.resolve({ ok: false, error: { code: 'unavailable', message: 'No library is open' } }),
    );
    await store.getState().load(first);
    expect(store.getState()).toMatchObject({ articleId: first, changes: [], failed: true });
  });

  it('loads the held moves beside the log', async () => {
    const held: HeldMove = {
      ...entry(first),
      id: 4,
      from: 'draft',
      to: 'submitted',
      reason: 'unsigned',
      fingerprint: null,
    };
    const store = storeWith(
      () => Promise.resolve({ ok: true, value: [entry(first)] }),
      () => Promise.resolve({ ok: true, value: [held] }),
    );
    await store.getState().load(first);
    expect(store.getState()).toMatchObject({ changes: [entry(first)], held: [held] });
  });
});
