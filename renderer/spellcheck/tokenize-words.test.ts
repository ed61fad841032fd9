import { describe, expect, it } from 'vitest';
import { tokenizeWords } from './tokenize-words';

const words = (text: string, splitElisions = true) =>
  tokenizeWords(text, splitElisions).map((token) => token.word);

describe('tokenizeWords', () => {
  it('checks "l’État" and "l\'État" as "État", at the position of "État"', () => {
    expect(tokenizeWords('l’État', true)).toEqual([{ word: 'État', from: 2, to: 6 }]);
    expect(words("l'État")).toEqual(['État']);
  });

  it('splits French elided words but keeps "aujourd’hui", "presqu’île" and "quelqu’un" whole', () => {
    expect(words('qu’il jusqu’à d’Abidjan aujourd’hui presqu’île quelqu’un')).toEqual([
      'il',
      'à',
      'Abidjan',
      'aujourd’hui',
      'presqu’île',
      'quelqu’un',
    ]);
  });

  it('does not split English contractions', () => {
    expect(words("don't l'avenir", false)).toEqual(["don't", "l'avenir"]);
  });

  it('keeps hyphenated words whole and drops punctuation', () => {
    expect(words('« Le porte-parole, a-t-il dit… »')).toEqual([
      'Le',
      'porte-parole',
      'a-t-il',
      'dit',
    ]);
  });

  it('skips URLs, e-mail addresses, domains with a path, numbers and acronyms', () => {
    expect(
      words(
        'Voir https://exemple.org/une-page?q=électoin, www.lemonde.fr, redaction@journal.sn ou lemonde.fr/afrique : 10 000 morts, 1er tour, COVID-19, la CEDEAO et l’ONU.',
      ),
    ).toEqual(['Voir', 'ou', 'morts', 'tour', 'la', 'et']);
  });

  it('gives offsets that point at the word in the text', () => {
    const text = 'Le  président, l’État.';
    for (const token of tokenizeWords(text, true))
      expect(text.slice(token.from, token.to)).toBe(token.word);
  });
});
