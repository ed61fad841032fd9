import { describe, expect, it } from 'vitest';
import {
  addByline,
  moveByline,
  removeByline,
  savedBylines,
  toDrafts,
  updateByline,
} from './byline-list';
import { addTags, removeTag } from './tag-list';

describe('tags', () => {
  it('adds comma-separated tags, trimmed, without empty ones or duplicates in any case', () => {
    expect(addTags(['Sénégal'], ' climat, ,sénégal, Inondations ')).toEqual([
      'Sénégal',
      'climat',
      'Inondations',
    ]);
    expect(addTags([], '')).toEqual([]);
  });

  it('keeps at most 100 tags of at most 120 characters', () => {
    const many = Array.from({ length: 99 }, (_, index) => `t${index}`);
    expect(addTags(many, 'a, b')).toHaveLength(100);
    expect(addTags([], 'x'.repeat(200))[0]).toHaveLength(120);
  });

  it('removes the tag at a position', () => {
    expect(removeTag(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });
});

describe('bylines', () => {
  const start = toDrafts([
    { name: 'Awa Diop', role: 'author', affiliation: 'Dakar' },
    { name: 'Moussa Sy', role: 'photographer' },
  ]);

  it('round-trips saved bylines', () => {
    expect(savedBylines(start)).toEqual([
      { name: 'Awa Diop', role: 'author', affiliation: 'Dakar' },
      { name: 'Moussa Sy', role: 'photographer' },
    ]);
  });

  it('adds an unnamed row that is not saved until it has a name', () => {
    const added = addByline(start);
    expect(added).toHaveLength(3);
    expect(added[2]).toMatchObject({ name: '', role: 'contributor' });
    expect(savedBylines(added)).toHaveLength(2);
    expect(
      savedBylines(updateByline(added, 2, { name: '  Fatou Ndiaye ', role: 'translator' }))[2],
    ).toEqual({
      name: 'Fatou Ndiaye',
      role: 'translator',
    });
    expect(addByline([])[0]!.role).toBe('author');
  });

  it('moves rows up and down, and not past either end', () => {
    const names = (drafts: typeof start) => drafts.map((draft) => draft.name);
    expect(names(moveByline(start, 1, -1))).toEqual(['Moussa Sy', 'Awa Diop']);
    expect(names(moveByline(start, 0, 1))).toEqual(['Moussa Sy', 'Awa Diop']);
    expect(names(moveByline(start, 0, -1))).toEqual(['Awa Diop', 'Moussa Sy']);
    expect(names(moveByline(start, 1, 1))).toEqual(['Awa Diop', 'Moussa Sy']);
  });

  it('removes a row and drops an emptied affiliation', () => {
    expect(savedBylines(removeByline(start, 0))).toEqual([
      { name: 'Moussa Sy', role: 'photographer' },
    ]);
    expect(savedBylines(updateByline(start, 0, { affiliation: ' ' }))[0]).toEqual({
      name: 'Awa Diop',
      role: 'author',
    });
  });
});
