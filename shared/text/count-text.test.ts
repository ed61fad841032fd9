import { describe, expect, it } from 'vitest';
import { countText } from './count-text';

const nbsp = '\u00A0';
const nnbsp = '\u202F';

describe('countText words', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['élection', 1],
    ['Goïta répond au Sénégal', 4],
    ['l’État', 1],
    ["l'État", 1],
    ['aujourd’hui', 1],
    ['qu’il n’a pas encore officiellement commenté l’affaire', 7],
    ['peut-être', 1],
    ['c’est-à-dire', 1],
    ['Que dit-il ? A-t-il signé ?', 4],
    ['10 000 manifestants', 2],
    [`10${nbsp}000 manifestants`, 2],
    [`10${nnbsp}000 manifestants`, 2],
    [`10\u2009000 manifestants`, 2],
    ['1 500 000 euros', 2],
    [`1${nnbsp}500${nnbsp}000,50${nnbsp}€`, 1],
    ['10,000 people', 2],
    ['en 2023 200 personnes', 4],
    ['10  000', 2],
    ['45 %', 1],
    [`45${nnbsp}% des votants`, 3],
    [`« coopération exemplaire »`, 2],
    [`«${nnbsp}coopération exemplaire${nnbsp}»`, 2],
    [`Pourquoi${nnbsp}? Parce que${nnbsp}! Voici${nbsp}: rien${nnbsp}; fin…`, 6],
    ['« » : ; ! ? – — … % €', 0],
    ['Mali–Maroc', 2],
    ['Mali – Maroc', 2],
    ['(AFP) Dakar, le 3 mars', 5],
    ['à 10:30, le 12/03/2024', 4],
    ['e\u0301lection', 1],
    ['The U.S. election', 3],
    ['東京は晴れです', 4],
    ['Voir https://example.org/a:b?c=1 maintenant', 3],
    ['(https://www.lemonde.fr/afrique/article/2026/12/07/mali.html).', 1],
    ['Voir www.example.org/page, puis rien', 4],
    ['Lire example.org/a-b/c?d=e ici', 3],
    ['Écrire à jean.dupont@example.fr demain', 4],
    ['<redaction@journal.ml>', 1],
    ['à 10:30:15 ou 10h30 précises', 5],
  ])('%j has %i words', (text, words) => {
    expect(countText(text).words).toBe(words);
  });
});

describe('countText signes', () => {
  it('counts characters including spaces, no-break spaces as spaces', () => {
    expect(countText(`Il a dit${nbsp}: «${nnbsp}non${nnbsp}»`)).toEqual({
      words: 4,
      signes: 18,
      signesWithoutSpaces: 12,
    });
  });

  it('counts a decomposed accent as one signe', () => {
    expect(countText('E\u0301tat e\u0301lu')).toEqual({
      words: 2,
      signes: 8,
      signesWithoutSpaces: 7,
    });
  });

  it('counts an emoji sequence and a flag as one signe each', () => {
    expect(countText('👩‍👩‍👧 🇸🇳').signes).toBe(3);
    expect(countText('👍🏽!').signesWithoutSpaces).toBe(2);
  });

  it('counts a line break as one space, CR LF included', () => {
    expect(countText('un\ndeux\r\ntrois')).toEqual({
      words: 3,
      signes: 13,
      signesWithoutSpaces: 11,
    });
  });

  it('agrees with Intl.Segmenter on long mixed text', () => {
    const text = `Cafe\u0301 👩‍👩‍👧 l’État, 🇸🇳🇲🇱 ${'한국어 텍스트 '.repeat(150)}`.repeat(3);
    const segmented = [...new Intl.Segmenter('fr', { granularity: 'grapheme' }).segment(text)];
    expect(countText(text).signes).toBe(segmented.length);
  });

  it('counts a 17,500-word article', () => {
    const text = 'Les 10 000 électeurs de l’État ont voté. '.repeat(2_500);
    expect(countText(text)).toEqual({
      words: 17_500,
      signes: 102_500,
      signesWithoutSpaces: 82_500,
    });
  });
});
