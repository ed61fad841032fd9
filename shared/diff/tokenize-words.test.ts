import { describe, expect, it } from 'vitest';
import { countTokenWords, tokenizeWords } from './tokenize-words';

describe('tokenizeWords', () => {
  it.each([
    ['l’État malien', ['l’État', ' ', 'malien']],
    ["aujourd'hui, peut-être !", ["aujourd'hui", ',', ' ', 'peut-être', ' ', '!']],
    [
      '« Non »\u202f; 3,5 %',
      ['«', ' ', 'Non', ' ', '»', '\u202f', ';', ' ', '3', ',', '5', ' ', '%'],
    ],
    ['l’', ['l', '’']],
    ['', []],
  ])('splits %j into words, spaces and punctuation', (text, tokens) => {
    expect(tokenizeWords(text)).toEqual(tokens);
    expect(tokenizeWords(text).join('')).toBe(text);
  });

  it('counts only words', () => {
    expect(countTokenWords('« L’État, c’est moi ! »')).toBe(3);
  });
});
