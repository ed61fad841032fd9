import { describe, expect, it, vi } from 'vitest';
import { paragraphs } from './testing/editor-fakes';
import { createPendingEdits } from './pending-edits';
import { memoryPendingEditsBackend } from './testing/pending-edits-fakes';

const id = '00000000-0000-4000-8000-000000000001';
const other = '00000000-0000-4000-8000-000000000002';
const edit = (keptAt: number, articleId = id) => ({
  id: articleId,
  baseRevision: 3,
  changes: { headline: 'Mali', body: paragraphs(`texte ${keptAt}`) },
  keptAt,
});

describe('pending edits', () => {
  it('keeps the latest edit of each article until it is forgotten', async () => {
    const pending = createPendingEdits(memoryPendingEditsBackend());
    await pending.keep(edit(1));
    await pending.keep(edit(2));
    expect(await pending.read(id)).toEqual(edit(2));
    await pending.forget(id);
    expect(await pending.read(id)).toBeNull();
  });

  it('lists the most recently kept first', async () => {
    const pending = createPendingEdits(memoryPendingEditsBackend());
    await pending.keep(edit(5, other));
    await pending.keep(edit(9));
    expect((await pending.list()).map((kept) => kept.id)).toEqual([id, other]);
  });

  it('skips a damaged record without deleting it', async () => {
    const backend = memoryPendingEditsBackend();
    backend.values.set(id, { id, changes: 'garbled' });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const pending = createPendingEdits(backend);
    expect(await pending.read(id)).toBeNull();
    expect(await pending.list()).toEqual([]);
    expect(backend.values.has(id)).toBe(true);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('refuses to keep changes the article model does not accept', async () => {
    const pending = createPendingEdits(memoryPendingEditsBackend());
    await expect(
      pending.keep({ ...edit(1), changes: { headline: 42 } } as never),
    ).rejects.toThrow();
  });
});
