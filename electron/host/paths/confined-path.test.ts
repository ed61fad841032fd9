import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confinedPath } from './confined-path';

const setup = () => {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'copydesk-roots-')));
  const library = join(base, 'library');
  const exports = join(base, 'exports');
  mkdirSync(library);
  mkdirSync(exports);
  writeFileSync(join(base, 'carnet.txt'), 'sources');
  return { base, library, exports, roots: [library, exports] };
};

describe('confinedPath', () => {
  it('accepts a root, a file in it, and a file not created yet', () => {
    const { library, exports, roots } = setup();
    expect(confinedPath(library, roots)).toBe(library);
    expect(confinedPath(join(exports, 'a', 'b.md'), roots)).toBe(join(exports, 'a', 'b.md'));
  });

  it.each([
    ['a .. segment', (base: string) => join(base, 'exports') + '/../carnet.txt'],
    ['a relative path', () => 'exports/b.md'],
    ['a folder beside the roots', (base: string) => base],
    ['another place entirely', () => '/etc/passwd'],
  ])('refuses %s as forbidden', (_name, pathOf) => {
    const { base, roots } = setup();
    expect(() => confinedPath(pathOf(base), roots)).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
  });

  it('refuses a symbolic link that leads out of a root, file or folder', () => {
    const { base, exports, roots } = setup();
    symlinkSync(join(base, 'carnet.txt'), join(exports, 'lien.txt'));
    symlinkSync(base, join(exports, 'dehors'));
    for (const path of [join(exports, 'lien.txt'), join(exports, 'dehors', 'nouveau.md')]) {
      expect(() => confinedPath(path, roots)).toThrow(
        expect.objectContaining({ code: 'forbidden' }),
      );
    }
  });
});
