import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLibraryRefresher } from './library-refresher';

const articleId = '7f1c0f7e-3c55-4b0e-9a51-0c2f3b1d9a11';

const setup = () => {
  const targets = {
    refreshList: vi.fn(() => Promise.resolve()),
    refreshFacets: vi.fn(() => Promise.resolve()),
    reloadLibrary: vi.fn(() => Promise.resolve()),
  };
  return { targets, refresher: createLibraryRefresher(targets, 300) };
};

describe('library refresher', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refreshes the list and filters once after a burst of changes', () => {
    const { targets, refresher } = setup();
    for (let index = 0; index < 5; index += 1) {
      refresher.onChanged({ articleIds: [articleId] });
      vi.advanceTimersByTime(100);
    }
    expect(targets.refreshList).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(targets.refreshList).toHaveBeenCalledOnce();
    expect(targets.refreshFacets).toHaveBeenCalledOnce();
    expect(targets.reloadLibrary).not.toHaveBeenCalled();
  });

  it('reloads the library itself when the whole library changed', () => {
    const { targets, refresher } = setup();
    refresher.onChanged({ articleIds: [articleId] });
    refresher.onChanged({ articleIds: [] });
    vi.advanceTimersByTime(300);
    expect(targets.reloadLibrary).toHaveBeenCalledOnce();
    expect(targets.refreshList).toHaveBeenCalledOnce();
  });

  it('refreshes nothing after it was stopped', () => {
    const { targets, refresher } = setup();
    refresher.onChanged({ articleIds: [articleId] });
    refresher.stop();
    vi.advanceTimersByTime(1_000);
    expect(targets.refreshList).not.toHaveBeenCalled();
  });
});
