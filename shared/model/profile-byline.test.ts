import { describe, expect, it } from 'vitest';
import { profileBylines } from './profile-byline';

describe('the first byline of a new article', () => {
  it('is the profile’s name, signed as its role', () => {
    expect(profileBylines({ authorName: ' Awa Diop ', role: 'reporter' })).toEqual([
      { name: 'Awa Diop', role: 'author' },
    ]);
    expect(profileBylines({ authorName: 'Jean Sow', role: 'chief_editor' })).toEqual([
      { name: 'Jean Sow', role: 'editor' },
    ]);
  });

  it('is left empty while the profile has no name', () => {
    expect(profileBylines({ authorName: '  ', role: 'reporter' })).toEqual([]);
  });
});
