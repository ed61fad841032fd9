import { describe, expect, it } from 'vitest';
import { pathParts } from './path-parts';

describe('pathParts', () => {
  it('splits a POSIX path after its last slash', () => {
    expect(pathParts('/home/awa/exports/mali-maroc.review.html')).toEqual({
      folder: '/home/awa/exports/',
      name: 'mali-maroc.review.html',
    });
  });

  it('splits a Windows path after its last backslash', () => {
    expect(pathParts('C:\\Users\\awa\\mali.md')).toEqual({
      folder: 'C:\\Users\\awa\\',
      name: 'mali.md',
    });
  });

  it('keeps a bare name whole', () => {
    expect(pathParts('mali.md')).toEqual({ folder: '', name: 'mali.md' });
  });
});
