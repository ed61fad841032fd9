import { describe, expect, it } from 'vitest';
import { typographyProfiles } from '../../shared/text/typography-profile';
import { correctFieldTyping, type FieldEdit } from './field-typing';

const profile = typographyProfiles['fr-FR'];

/** Types `text` one character at a time at the end of the field, as a writer does. */
const typeInto = (text: string): string =>
  [...text].reduce((value, character) => {
    const typed: FieldEdit = { value: value + character, caret: value.length + 1 };
    return correctFieldTyping(value, typed, profile).value;
  }, '');

describe('French typography as you type in a text field', () => {
  it('puts a narrow no-break space before ? and ! and curls apostrophes', () => {
    expect(typeInto("L'armée recule ? Non !")).toBe('L’armée recule\u202F? Non\u202F!');
  });

  it('turns straight quotes into guillemets with their spaces', () => {
    expect(typeInto('Il dit "non" hier')).toBe('Il dit «\u202Fnon\u202F» hier');
  });

  it('leaves times, URLs and e-mail addresses alone', () => {
    expect(typeInto('à 10:30 sur https://example.org/a?b ou a@b.fr')).toBe(
      'à 10:30 sur https://example.org/a?b ou a@b.fr',
    );
  });

  it('moves the caret past the correction when typing in the middle of the text', () => {
    const edit = correctFieldTyping('Quoi suite', { value: 'Quoi? suite', caret: 5 }, profile);
    expect(edit).toEqual({ value: 'Quoi\u202F? suite', caret: 6 });
  });

  it('does not rewrite a paste or a deletion', () => {
    const pasted = { value: 'Quoi? Non!', caret: 10 };
    expect(correctFieldTyping('', pasted, profile)).toEqual(pasted);
    const deleted = { value: 'Quoi?', caret: 5 };
    expect(correctFieldTyping('Quoi?!', deleted, profile)).toEqual(deleted);
  });
});
