import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogResources } from '../../i18n/catalog-resources';
import { catalogModules } from '../../i18n/setup';
import { createBodyExtensions } from '../body-extensions';
import { editorCommands } from './editor-commands';

const lookup = (catalog: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);

const resources = catalogResources(catalogModules);
const english: unknown = resources.en?.editor;
const french: unknown = resources.fr?.editor;

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

const newEditor = () => {
  editor = new Editor({
    element: document.createElement('div'),
    extensions: createBodyExtensions(),
    injectCSS: false,
    content: '<p>Bamako, 12 mars</p>',
  });
  editor.commands.setTextSelection({ from: 2, to: 7 });
  return editor;
};

/** Presses a Tiptap shortcut (`Mod-Shift-8`) the way ProseMirror's keymap reads it (Mod = Ctrl here). */
const press = (target: Editor, shortcut: string) => {
  const parts = shortcut.split('-');
  const key = parts.pop()!;
  const event = new KeyboardEvent('keydown', {
    key,
    ctrlKey: parts.includes('Mod') || parts.includes('Ctrl'),
    altKey: parts.includes('Alt'),
    shiftKey: parts.includes('Shift'),
  });
  return target.view.someProp('handleKeyDown', (handle) => handle(target.view, event));
};

describe('editor commands', () => {
  it('have unique ids and shortcuts', () => {
    expect(new Set(editorCommands.map((command) => command.id)).size).toBe(editorCommands.length);
    expect(new Set(editorCommands.map((command) => command.shortcut)).size).toBe(editorCommands.length);
  });

  it.each(editorCommands.map((command) => [command.id, command] as const))(
    '%s has a label and a button face in English and French',
    (_id, command) => {
      for (const catalog of [english, french]) {
        expect(lookup(catalog, command.labelKey)).toEqual(expect.any(String));
        expect(lookup(catalog, `${command.labelKey}Glyph`)).toEqual(expect.any(String));
      }
      expect(lookup(french, command.labelKey)).not.toBe(lookup(english, command.labelKey));
    },
  );

  it.each(editorCommands.filter((command) => command.toggle).map((command) => [command.id, command] as const))(
    '%s: the toolbar action and the shortcut both apply it and report it active',
    (_id, command) => {
      const clicked = newEditor();
      expect(command.isActive(clicked)).toBe(false);
      expect(command.run(clicked)).toBe(true);
      expect(command.isActive(clicked)).toBe(true);
      clicked.destroy();

      const pressed = newEditor();
      expect(press(pressed, command.shortcut)).toBe(true);
      expect(command.isActive(pressed)).toBe(true);
    },
  );

  it('undo and redo reverse typing, from the toolbar and from the keyboard', () => {
    const undo = editorCommands.find((command) => command.id === 'undo')!;
    const redo = editorCommands.find((command) => command.id === 'redo')!;
    const target = newEditor();
    expect(undo.canRun?.(target)).toBe(false);
    target.commands.insertContent('Dakar');
    expect(target.getText()).toBe('BDakar, 12 mars');

    expect(undo.run(target)).toBe(true);
    expect(target.getText()).toBe('Bamako, 12 mars');
    expect(press(target, redo.shortcut)).toBe(true);
    expect(target.getText()).toBe('BDakar, 12 mars');
    expect(press(target, undo.shortcut)).toBe(true);
    expect(target.getText()).toBe('Bamako, 12 mars');
  });
});
