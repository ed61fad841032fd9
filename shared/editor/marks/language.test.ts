import { generateHTML, generateJSON } from '@tiptap/html';
import StarterKit from '@tiptap/starter-kit';
import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { Language, normaliseLanguageTag } from './language';

const extensions = [StarterKit, Language];

describe('the language mark', () => {
  it('keeps a passage in another language through HTML, as <span lang>', () => {
    const json: JSONContent = generateJSON(
      '<p>Il a dit : <span lang="en-gb">free and fair</span>.</p>',
      extensions,
    );
    expect(json.content?.[0]?.content?.[1]).toEqual({
      type: 'text',
      text: 'free and fair',
      marks: [{ type: 'language', attrs: { lang: 'en-GB' } }],
    });
    expect(generateHTML(json, extensions)).toBe(
      '<p>Il a dit : <span lang="en-GB">free and fair</span>.</p>',
    );
  });

  it('drops a lang attribute that is not a language tag', () => {
    const json: JSONContent = generateJSON(
      '<p><span lang="x onmouseover=alert(1)">texte</span></p>',
      extensions,
    );
    expect(json.content?.[0]?.content?.[0]?.marks).toBeUndefined();
  });

  it.each([
    ['fr-sn', 'fr-SN'],
    ['EN', 'en'],
    [' fr-CA ', 'fr-CA'],
    ['english', null],
    ['', null],
  ])('normalises %j to %j', (input, expected) => {
    expect(normaliseLanguageTag(input)).toBe(expected);
  });
});
