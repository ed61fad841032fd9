import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createExtensions } from '../../shared/editor/extensions';
import { typographyProfiles } from '../../shared/text/typography-profile';
import type { TextFieldsPort } from './fix-article-typography';
import { fixArticleTypography } from './fix-article-typography';

const profile = typographyProfiles['fr-FR'];
let editor: Editor;

const fieldsOf = (values: Record<'headline' | 'standfirst', string>): TextFieldsPort => ({
  get: (name) => values[name],
  set: (name, value) => (values[name] = value),
});

const open = (html: string) => {
  editor = new Editor({
    element: document.createElement('div'),
    extensions: createExtensions(),
    content: html,
  });
  return editor;
};

afterEach(() => editor.destroy());

describe('Fix typography', () => {
  it('corrects the body, headline and standfirst, keeping bold and links', () => {
    open(
      '<p><strong>Quoi?</strong> Il a dit "non" à <a href="https://exemple.fr/a?b=1">l\'État</a>...</p>',
    );
    const fields = { headline: "L'affaire: un an après", standfirst: 'Rien.' };
    const corrections = fixArticleTypography(editor, profile, fieldsOf(fields));

    expect(editor.getHTML()).toBe(
      '<p><strong>Quoi\u202F?</strong> Il a dit «\u202Fnon\u202F» à ' +
        '<a rel="noopener noreferrer nofollow" href="https://exemple.fr/a?b=1">l’État</a>…</p>',
    );
    expect(fields).toEqual({ headline: 'L’affaire\u00A0: un an après', standfirst: 'Rien.' });
    expect(corrections).toBe(7);
  });

  it('is idempotent: a second run changes nothing', () => {
    open(
      '<p>« coopération exemplaire », "n\'a pas encore officiellement commenté l\'affaire"!</p><ul><li><p>10-12 ans; 10:30</p></li></ul>',
    );
    const fields = fieldsOf({ headline: 'Titre?', standfirst: '' });
    expect(fixArticleTypography(editor, profile, fields)).toBeGreaterThan(0);
    const once = editor.getJSON();
    expect(fixArticleTypography(editor, profile, fields)).toBe(0);
    expect(editor.getJSON()).toEqual(once);
    expect(editor.getText()).toContain('10–12 ans\u202F; 10:30');
  });

  it('touches only the selection when there is one, and leaves headline and standfirst alone', () => {
    open('<p>Un? Deux?</p>');
    editor.commands.setTextSelection({ from: 5, to: 10 });
    const fields = { headline: 'Titre?', standfirst: '' };
    expect(fixArticleTypography(editor, profile, fieldsOf(fields))).toBe(1);
    expect(editor.getText()).toBe('Un? Deux\u202F?');
    expect(fields.headline).toBe('Titre?');
  });

  it('corrects the captions and credits of figures, not their alt text', () => {
    editor = new Editor({
      element: document.createElement('div'),
      extensions: createExtensions(),
      content: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Quoi?' }] },
          {
            type: 'figure',
            attrs: {
              src: 'asset://a.jpg',
              caption: 'Bamako: la crue',
              credit: "Photo d'Awa Diop",
              alt: "Rue d'un quartier",
            },
          },
        ],
      },
    });
    const corrections = fixArticleTypography(
      editor,
      profile,
      fieldsOf({ headline: '', standfirst: '' }),
    );
    const figure = editor.getJSON().content?.[1]?.attrs;
    expect(figure).toMatchObject({
      caption: 'Bamako\u00A0: la crue',
      credit: 'Photo d’Awa Diop',
      alt: "Rue d'un quartier",
    });
    expect(editor.getText()).toContain('Quoi\u202F?');
    expect(corrections).toBe(3);
  });

  it('is one undo step', () => {
    open('<p>Un? Deux!</p><p>"Trois"</p>');
    fixArticleTypography(editor, profile, fieldsOf({ headline: '', standfirst: '' }));
    expect(editor.getText({ blockSeparator: '|' })).toBe(
      'Un\u202F? Deux\u202F!|«\u202FTrois\u202F»',
    );
    editor.commands.undo();
    expect(editor.getText({ blockSeparator: '|' })).toBe('Un? Deux!|"Trois"');
  });
});
