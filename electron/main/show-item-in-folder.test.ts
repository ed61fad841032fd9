import { describe, expect, it, vi } from 'vitest';
import { createShowItemInFolder } from './show-item-in-folder';

describe('createShowItemInFolder', () => {
  it('hands an existing absolute path to the shell', () => {
    const shell = { showItemInFolder: vi.fn() };
    const show = createShowItemInFolder(shell, () => true);
    expect(show('/tmp/exports/un.md')).toBe(true);
    expect(shell.showItemInFolder.mock.calls).toEqual([['/tmp/exports/un.md']]);
  });

  it('answers false, without calling the shell, for a file that is gone or a relative path', () => {
    const shell = { showItemInFolder: vi.fn() };
    expect(createShowItemInFolder(shell, () => false)('/tmp/exports/un.md')).toBe(false);
    expect(createShowItemInFolder(shell, () => true)('exports/un.md')).toBe(false);
    expect(shell.showItemInFolder).not.toHaveBeenCalled();
  });
});
