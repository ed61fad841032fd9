import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createExtensions } from '../../shared/editor/extensions';
import { typographyProfiles } from '../../shared/text/typography-profile';
import { FrenchTypographyInput } from './french-typography-input';

let editor: Editor;
let enabled = true;

const open = (html = '<p></p>') => {
  editor = new Editor({
    element: document.createElement('div'),
    extensions: [
      ...createExtensions(),
      FrenchTypographyInput.configure({
        enabled: () => enabled,
        profile: () => typographyProfiles['fr-FR'],
      }),
    ],
    content: html,
  });
  editor.commands.focus('end');
};

/** Types like the keyboard: input rules first, plain insertion when none applies. */
const type = (text: string) => {
  for (const character of text) {
    const { view } = editor;
    const { from, to } = view.state.selection;
    const handled = view.someProp('handleTextInput', (handle) =>
      handle(view, from, to, character, () => view.state.tr.insertText(character, from, to)),
    );
    if (!handled) view.dispatch(view.state.tr.insertText(character, from, to));
  }
};

const pressBackspace = () => {
  const { view } = editor;
  const event = new KeyboardEvent('keydown', { key: 'Backspace', bubbles: true, cancelable: true });
  view.someProp('handleKeyDown', (handle) => handle(view, event));
};

afterEach(() => {
  editor.destroy();
  enabled = true;
});

describe('French typography as you type', () => {
  it.each([
    ['Quoi?', 'Quoi\u202F?'],
    ['Attention!', 'Attention\u202F!'],
    ['Quoi ?', 'Quoi\u202F?'],
    ['Il dit "oui"', 'Il dit «\u202Foui\u202F»'],
    ["l'État", 'l’État'],
    ['Alors...', 'Alors…'],
    ['Note: voir', 'Note\u00A0: voir'],
    ['de 10-12 ans', 'de 10–12 ans'],
  ])('turns %j into %j', (typed, expected) => {
    open();
    type(typed);
    expect(editor.getText()).toBe(expected);
  });

  it('leaves URLs, times and dates alone', () => {
    open();
    type('Voir https://exemple.fr/page?id=3 à 10:30 le 2024-03-12.');
    expect(editor.getText()).toBe('Voir https://exemple.fr/page?id=3 à 10:30 le 2024-03-12.');
  });

  it('does nothing when the article is not French or the switch is off', () => {
    enabled = false;
    open();
    type('Quoi? "oui"');
    expect(editor.getText()).toBe('Quoi? "oui"');
  });

  it('never rewrites text further back than the word being typed', () => {
    open('<p>Avant? rien</p>');
    type(' encore');
    expect(editor.getText()).toBe('Avant? rien encore');
  });

  it('keeps the marks of the text it corrects', () => {
    open('<p><strong>Quoi</strong></p>');
    type('?');
    expect(editor.getHTML()).toBe('<p><strong>Quoi\u202F?</strong></p>');
  });

  it('Backspace right after a correction takes it back, keeping what was typed', () => {
    open();
    type('Quoi?');
    pressBackspace();
    expect(editor.getText()).toBe('Quoi?');
  });

  it('one undo takes back the typed character and its correction together', () => {
    open('<p>Quoi</p>');
    type('?');
    editor.commands.undo();
    expect(editor.getText()).toBe('Quoi');
  });
});
