import { Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBodyExtensions } from './body-extensions';
import { bodyEditorOptions } from './testing/body-editor-options';

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

const open = (document: Y.Doc): Editor => {
  const editor = new Editor({
    element: window.document.createElement('div'),
    extensions: createBodyExtensions(document),
    injectCSS: false,
  });
  editors.push(editor);
  return editor;
};

/** Two windows' documents, each update of one applied to the other as the library relays it. */
const relay = (left: Y.Doc, right: Y.Doc) => {
  left.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(right, update, 'remote');
  });
  right.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(left, update, 'remote');
  });
};

const replicaOf = (document: Y.Doc): Y.Doc => {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(document), 'load');
  return replica;
};

describe('the body editor on the article’s Yjs document', () => {
  it('shows the text once when it opens, and changes nothing in the document', () => {
    const { document } = bodyEditorOptions('<p>Le fleuve monte.</p>');
    const changes: Uint8Array[] = [];
    document.on('update', (update: Uint8Array) => changes.push(update));
    const editor = open(document);
    expect(editor.getText()).toBe('Le fleuve monte.');
    expect(changes).toEqual([]);
  });

  it('shows the text once in two windows opening the article at the same time', () => {
    const { document } = bodyEditorOptions('<p>Le fleuve monte.</p>');
    const left = replicaOf(document);
    const right = replicaOf(document);
    relay(left, right);
    const [one, two] = [open(left), open(right)];
    one.commands.insertContentAt(1, 'À Niamey, ');
    for (const editor of [one, two]) {
      expect(editor.getHTML()).toBe('<p>À Niamey, Le fleuve monte.</p>');
    }
  });

  it('undoes only this editor’s typing, never what another window typed meanwhile', () => {
    const { document } = bodyEditorOptions('<p>Le fleuve monte.</p>');
    const other = replicaOf(document);
    relay(document, other);
    const mine = open(document);
    const theirs = open(other);
    mine.commands.insertContentAt(1, 'Niamey. ');
    theirs.commands.insertContentAt(theirs.state.doc.content.size - 1, ' Encore.');
    expect(mine.getText()).toBe('Niamey. Le fleuve monte. Encore.');

    expect(mine.commands.undo()).toBe(true);
    expect(mine.getText()).toBe('Le fleuve monte. Encore.');
    expect(theirs.getText()).toBe('Le fleuve monte. Encore.');
    expect(mine.commands.redo()).toBe(true);
    expect(theirs.getText()).toBe('Niamey. Le fleuve monte. Encore.');
  });

  it('puts the caret back after the restored text when a deletion is undone', () => {
    const editor = open(bodyEditorOptions('<p>Le fleuve monte vite.</p>').document);
    // The caret after "monte", then the word deleted backwards, as Backspace would.
    const end = 1 + 'Le fleuve monte'.length;
    editor.commands.setTextSelection(end);
    editor.commands.deleteRange({ from: end - ' monte'.length, to: end });
    expect(editor.getText()).toBe('Le fleuve vite.');

    editor.commands.undo();
    expect(editor.getText()).toBe('Le fleuve monte vite.');
    expect(editor.state.selection.from).toBe(end);
    editor.commands.insertContent('e');
    expect(editor.getText()).toBe('Le fleuve montee vite.');
  });

  it('still redoes after plugins were added and removed (a bubble menu showing up)', () => {
    const editor = open(bodyEditorOptions('<p>Le fleuve monte.</p>').document);
    editor.commands.insertContentAt(1, 'Niamey. ');
    editor.commands.undo();
    expect(editor.getText()).toBe('Le fleuve monte.');

    const key = new PluginKey('bubbleMenuLike');
    editor.registerPlugin(new Plugin({ key, view: () => ({}) }));
    editor.unregisterPlugin(key);

    expect(editor.can().redo()).toBe(true);
    editor.commands.redo();
    expect(editor.getText()).toBe('Niamey. Le fleuve monte.');
    editor.commands.undo();
    expect(editor.getText()).toBe('Le fleuve monte.');
  });
});
