import { describe, expect, it } from 'vitest';
import { foldText } from './fold-text';
import { snippetOf } from './search-snippet';
import { parseSearchTerms } from './search-terms';

const marked = (text: string): string => text.replaceAll('\uE000', '[').replaceAll('\uE001', ']');
const snippet = (text: string, query: string): string | null => {
  const result = snippetOf(text, parseSearchTerms(query));
  return result === null ? null : marked(result);
};

describe('foldText', () => {
  it('folds case and accents without moving any character', () => {
    const text = "L'ÉLECTION de Goïta à Ségou, Œuvre";
    expect(foldText(text)).toBe("l'election de goita a segou, œuvre");
    expect(foldText(text)).toHaveLength(text.length);
  });
});

describe('snippetOf', () => {
  it('marks whole words for typed prefixes, ignoring accents and case', () => {
    expect(snippet("L'élection de Goïta aura lieu.", 'ELEC goita')).toBe(
      "L'[élection] de [Goïta] aura lieu.",
    );
  });

  it('marks phrases and only whole-word phrase matches', () => {
    expect(snippet('Le coup d’envoi, puis un autre coup d’envoyé.', '"coup d\'envoi"')).toBe(
      'Le [coup d’envoi], puis un autre coup d’envoyé.',
    );
  });

  it('cuts a window around the first match with ellipses, on one line', () => {
    const text = `${'avant '.repeat(50)}le mot\ncible ici ${'après '.repeat(50)}`;
    const result = snippet(text, 'cible');
    expect(result).toMatch(/^…avant avant avant le mot \[cible\] ici après/);
    expect(result).toMatch(/après…$/);
    expect(result!.split(' ').length).toBeLessThanOrEqual(18);
  });

  it('finds a match deep in a very long text full of another match', () => {
    const text = `${'Paragraphe un. '.repeat(20_000)}Le zèbre final.`;
    expect(snippet(text, 'paragraphe')).toMatch(/^\[Paragraphe\] un\. \[Paragraphe\]/);
    expect(snippet(text, 'zebre')).toMatch(/Le \[zèbre\] final\.$/);
  });

  it('returns null when no term occurs', () => {
    expect(snippet('Rien à voir.', 'dakar')).toBeNull();
  });
});
