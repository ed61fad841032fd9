import { describe, expect, it } from 'vitest';
import { findInText, foldCase } from './find-in-text';

const find = (
  text: string,
  query: string,
  options: { matchCase?: boolean; wholeWord?: boolean } = {},
) =>
  findInText(text, {
    query,
    matchCase: options.matchCase ?? false,
    wholeWord: options.wholeWord ?? false,
  });

describe('findInText', () => {
  it('ignores case by default and respects it on request', () => {
    expect(find('Le Mali, le mali, LE MALI', 'mali')).toEqual([3, 12, 21]);
    expect(find('Le Mali, le mali, LE MALI', 'mali', { matchCase: true })).toEqual([12]);
    expect(find('ÉTAT, état', 'état')).toEqual([0, 6]);
  });

  it('keeps accents: élection is not election', () => {
    expect(find('élection, election, Élection', 'élection')).toEqual([0, 20]);
    expect(find('élection', 'election')).toEqual([]);
  });

  it("whole word: État matches in « l’État » and « l'État », not in « États » or « Étatisme »", () => {
    expect(find("l’État et l'État, les États, l’étatisme", 'État', { wholeWord: true })).toEqual([
      2, 12,
    ]);
    expect(find("l’État et l'État, les États", 'État')).toEqual([2, 12, 22]);
  });

  it('whole word treats accented, Wolof and Fula letters as letters', () => {
    expect(find('ɓe ndeɓe', 'ɓe', { wholeWord: true })).toEqual([0]);
    expect(find('caféine café', 'café', { wholeWord: true })).toEqual([8]);
    expect(find('ŋaa, ŋaari', 'ŋaa', { wholeWord: true })).toEqual([0]);
  });

  it('finds non-overlapping occurrences', () => {
    expect(find('aaaa', 'aa')).toEqual([0, 2]);
  });

  it('keeps offsets when lower-casing would lengthen a character', () => {
    expect(foldCase('İstanbul').length).toBe('İstanbul'.length);
    expect(find('İstanbul, istanbul', 'stanbul')).toEqual([1, 11]);
  });

  it('finds nothing for an empty query', () => {
    expect(find('texte', '')).toEqual([]);
  });
});
