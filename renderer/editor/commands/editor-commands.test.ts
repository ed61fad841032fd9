import type { JSONContent } from '@tiptap/core';
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogs } from '../../../shared/i18n/catalogs';
import { useViewStore } from '../../state/view-store';
import { bodyEditorOptions } from '../testing/body-editor-options';
import { useFindBar } from '../find-replace/find-bar-store';
import { useCommandDialog } from './command-dialog-store';
import type { EditorCommand } from './editor-command';
import { bubbleMenuCommands, editorCommandGroups, editorCommands } from './editor-commands';

const lookup = (catalog: unknown, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      catalog,
    );

const resources = catalogs;
const english: unknown = resources.en?.editor;
const french: unknown = resources.fr?.editor;
const command = (id: string): EditorCommand => editorCommands.find((each) => each.id === id)!;
const toolbarCommands = editorCommandGroups.flatMap((group) => group.commands);
const formatting = [
  'bold',
  'italic',
  'underline',
  'strike',
  'superscript',
  'subscript',
  'heading2',
  'heading3',
  'bulletList',
  'orderedList',
  'blockquote',
];

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  useCommandDialog.getState().close();
  useFindBar.getState().close();
  useViewStore.getState().setFocusMode(false);
});

const newEditor = (content = '<p>Bamako, 12 mars</p>', selection = { from: 2, to: 7 }) => {
  editor?.destroy();
  editor = new Editor({
    element: document.createElement('div'),
    extensions: bodyEditorOptions(content).extensions,
    injectCSS: false,
  });
  editor.commands.setTextSelection(selection);
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
    const shortcuts = editorCommands.flatMap((each) => each.shortcuts);
    expect(new Set(editorCommands.map((each) => each.id)).size).toBe(editorCommands.length);
    expect(new Set(shortcuts.map((shortcut) => shortcut.toLowerCase())).size).toBe(
      shortcuts.length,
    );
  });

  it('binds the shortcuts of the brief', () => {
    const shortcutsOf = Object.fromEntries(editorCommands.map((each) => [each.id, each.shortcuts]));
    expect(shortcutsOf).toMatchObject({
      bold: ['Mod-b'],
      italic: ['Mod-i'],
      underline: ['Mod-u'],
      strike: ['Mod-Shift-x'],
      superscript: ['Mod-.'],
      subscript: ['Mod-,'],
      link: ['Mod-k'],
      heading2: ['Mod-Alt-2'],
      heading3: ['Mod-Alt-3'],
      paragraph: ['Mod-Alt-0'],
      bulletList: ['Mod-Shift-8'],
      orderedList: ['Mod-Shift-7'],
      undo: ['Mod-z'],
      redo: ['Mod-Shift-z', 'Mod-y'],
      find: ['Mod-f'],
      replace: ['Mod-h'],
      focusMode: ['Mod-Shift-.'],
    });
  });

  it('the bubble menu reuses the toolbar command objects', () => {
    for (const each of bubbleMenuCommands) expect(toolbarCommands).toContain(each);
  });

  it.each(editorCommands.map((each) => [each.id, each] as const))(
    '%s has a label in English and French',
    (_id, each) => {
      expect(lookup(english, each.labelKey)).toEqual(expect.any(String));
      expect(lookup(french, each.labelKey)).toEqual(expect.any(String));
      expect(lookup(french, each.labelKey)).not.toBe(lookup(english, each.labelKey));
    },
  );

  it.each(
    toolbarCommands
      .filter((each) => each.icon === undefined)
      .map((each) => [each.id, each] as const),
  )('%s has a button face in both languages', (_id, each) => {
    for (const catalog of [english, french])
      expect(lookup(catalog, `${each.labelKey}Glyph`)).toEqual(expect.any(String));
  });

  it.each(formatting.map((id) => [id] as const))(
    '%s: the toolbar action and the shortcut both apply it and report it active',
    (id) => {
      const each = command(id);
      const clicked = newEditor();
      expect(each.isActive(clicked)).toBe(false);
      expect(each.run(clicked)).toBe(true);
      expect(each.isActive(clicked)).toBe(true);

      const pressed = newEditor();
      expect(press(pressed, each.shortcuts[0]!)).toBe(true);
      expect(each.isActive(pressed)).toBe(true);
    },
  );

  it('Ctrl+Shift+X strikes through, Ctrl+Alt+0 turns a heading back into a paragraph', () => {
    const target = newEditor('<h2>Bamako, 12 mars</h2>');
    expect(press(target, 'Mod-Alt-0')).toBe(true);
    expect(target.getJSON().content?.[0]?.type).toBe('paragraph');
    expect(press(target, 'Mod-Shift-x')).toBe(true);
    expect(target.isActive('strike')).toBe(true);
  });

  it('undo and redo reverse typing, from the toolbar and from the keyboard (Ctrl+Y too)', () => {
    const target = newEditor();
    expect(command('undo').canRun?.(target)).toBe(false);
    target.commands.insertContent('Dakar');
    expect(target.getText()).toBe('BDakar, 12 mars');

    expect(command('undo').run(target)).toBe(true);
    expect(target.getText()).toBe('Bamako, 12 mars');
    expect(press(target, 'Mod-y')).toBe(true);
    expect(target.getText()).toBe('BDakar, 12 mars');
    expect(press(target, 'Mod-z')).toBe(true);
    expect(press(target, 'Mod-Shift-z')).toBe(true);
    expect(target.getText()).toBe('BDakar, 12 mars');
  });

  it('Ctrl+K and the pull-quote button open their dialogs instead of applying anything', () => {
    const target = newEditor();
    expect(press(target, 'Mod-k')).toBe(true);
    expect(useCommandDialog.getState().open).toBe('link');
    expect(command('pullQuote').run(target)).toBe(true);
    expect(useCommandDialog.getState().open).toBe('pullQuote');
    expect(target.getHTML()).toBe('<p>Bamako, 12 mars</p>');
  });

  it('the table button asks the size; row and column commands exist only inside a table', () => {
    const target = newEditor('<p>Bamako</p>', { from: 1, to: 1 });
    for (const id of ['addRowAfter', 'deleteRow', 'addColumnAfter', 'deleteColumn']) {
      expect(command(id).canRun?.(target), id).toBe(false);
    }
    expect(command('insertTable').run(target)).toBe(true);
    expect(useCommandDialog.getState().open).toBe('table');
    // What the dialog inserts with its defaults.
    target.commands.insertTable({ rows: 3, cols: 3, withHeaderRow: true });
    const table = () =>
      (target.getJSON() as JSONContent).content?.find((node) => node.type === 'table');
    expect(table()?.content).toHaveLength(3);
    expect(table()?.content?.[0]?.content?.map((cell) => cell.type)).toEqual([
      'tableHeader',
      'tableHeader',
      'tableHeader',
    ]);

    expect(command('addRowAfter').run(target)).toBe(true);
    expect(table()?.content).toHaveLength(4);
    expect(command('addColumnAfter').run(target)).toBe(true);
    expect(table()?.content?.[0]?.content).toHaveLength(4);
    expect(command('deleteColumn').run(target)).toBe(true);
    expect(command('deleteRow').run(target)).toBe(true);
    expect(table()?.content).toHaveLength(3);
    expect(table()?.content?.[1]?.content).toHaveLength(3);
  });

  it('inserts a horizontal rule', () => {
    const target = newEditor('<p>Bamako</p>', { from: 7, to: 7 });
    expect(command('horizontalRule').run(target)).toBe(true);
    expect(target.getJSON().content?.some((node) => node.type === 'horizontalRule')).toBe(true);
  });

  it('find opens the bar, replace opens it with the replace row; focus mode toggles', () => {
    const target = newEditor();
    command('find').run(target);
    expect(useFindBar.getState()).toMatchObject({ open: true, withReplace: false });
    command('replace').run(target);
    expect(useFindBar.getState()).toMatchObject({ open: true, withReplace: true });

    expect(command('focusMode').isActive(target)).toBe(false);
    command('focusMode').run(target);
    expect(command('focusMode').isActive(target)).toBe(true);
  });
});
