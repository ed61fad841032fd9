import { describe, expect, it } from 'vitest';
import { fixFrenchTypography } from '../../shared/text/french-typography';
import { textChanges, type TextChange } from './text-changes';

/** `text` with the changes applied (they refer to positions in `text`). */
const applyTextChanges = (text: string, changes: readonly TextChange[]): string => {
  let result = '';
  let cursor = 0;
  for (const change of changes) {
    result += text.slice(cursor, change.start) + change.text;
    cursor = change.end;
  }
  return result + text.slice(cursor);
};

describe('textChanges', () => {
  it('finds nothing between equal texts', () => {
    expect(textChanges('Quoi ?', 'Quoi ?')).toEqual([]);
  });

  it('reports the inserted, replaced and removed characters only', () => {
    expect(textChanges('Quoi?', 'Quoi\u202F?')).toEqual([{ start: 4, end: 4, text: '\u202F' }]);
    expect(textChanges("l'État", 'l’État')).toEqual([{ start: 1, end: 2, text: '’' }]);
    expect(textChanges('Alors...', 'Alors…')).toEqual([{ start: 5, end: 8, text: '…' }]);
    expect(textChanges('abc', '')).toEqual([{ start: 0, end: 3, text: '' }]);
    expect(textChanges('', 'abc')).toEqual([{ start: 0, end: 0, text: 'abc' }]);
  });

  it('rebuilds the corrected text from the changes, for the engine’s own outputs', () => {
    const samples = [
      'Il a dit "bonjour" puis... rien? Non: 10-12 fois, l\'État!',
      '« coopération exemplaire »',
      "n'a pas encore officiellement commenté l'affaire",
      'Voir https://exemple.fr/a?b=1 à 10:30 ; merci',
      '',
    ];
    for (const sample of samples) {
      const fixed = fixFrenchTypography(sample);
      expect(applyTextChanges(sample, textChanges(sample, fixed))).toBe(fixed);
    }
  });
});
