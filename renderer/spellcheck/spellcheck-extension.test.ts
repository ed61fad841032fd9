import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Language } from '../../shared/editor/marks/language';
import { NewsroomLink } from '../../shared/editor/marks/newsroom-link';
import {
  createInProcessSpellTransport,
  createMemoryStorage,
} from './testing/in-process-spell-transport';
import { createStoredPersonalDictionary } from './personal-dictionary';
import type { SpellChecker } from './spell-checker';
import { createSpellChecker } from './spell-checker';
import { Spellcheck } from './spellcheck-extension';
import type { SpellingMenuHandler } from './spelling-menu-request';

const transport = createInProcessSpellTransport();
const editors: Editor[] = [];

afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

function open(
  content: string,
  options: {
    checker?: SpellChecker;
    language?: () => string;
    onContextMenu?: SpellingMenuHandler;
  } = {},
) {
  const checker =
    options.checker ??
    createSpellChecker(transport, createStoredPersonalDictionary(createMemoryStorage(), 'p'));
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [
      StarterKit.configure({ link: false }),
      NewsroomLink,
      Language,
      Spellcheck.configure({
        checker,
        language: options.language ?? (() => 'fr'),
        onContextMenu: options.onContextMenu ?? null,
        debounceMs: 0,
      }),
    ],
    content,
  });
  editors.push(editor);
  return { editor, checker };
}

const flagged = (editor: Editor): string[] =>
  Array.from(
    editor.view.dom.querySelectorAll('.spelling-error'),
    (element) => element.textContent ?? '',
  );

/** A checker answering at once from a fixed list, counting the words it is asked about. */
function fakeChecker(misspelled: string[]) {
  const asked: string[][] = [];
  const checker: SpellChecker = {
    check: (words) => {
      asked.push([...words]);
      return Promise.resolve(new Set(words.filter((word) => misspelled.includes(word))));
    },
    suggest: () => Promise.resolve(['gouvernement', 'gouvernent']),
    addToDictionary: () => undefined,
    ignore: () => undefined,
    onChange: () => () => undefined,
  };
  return { checker, asked };
}

describe('the Spellcheck extension', () => {
  it('flags exactly the misspelled word of a French sentence, with the real dictionary', async () => {
    const { editor } = open(
      '<p>Le porte-parole du gouvernemnt a confirmé aujourd’hui que l’État financera les élections.</p>',
    );
    await vi.waitFor(() => expect(flagged(editor)).toEqual(['gouvernemnt']));
  });

  it('checks a passage marked as English in English inside a French article', async () => {
    const { editor } = open(
      '<p>Il a déclaré : <span lang="en">the electoin was free and fair</span>, selon le communiqué.</p>',
    );
    await vi.waitFor(() => expect(flagged(editor)).toEqual(['electoin']));
    expect(editor.getHTML()).toContain('<span lang="en">');
  });

  it('skips acronyms, URLs and numbers, checks link text but not its address', async () => {
    const { editor } = open(
      '<p>La CEDEAO et l’ONU, 10 000 réfugiés, https://exemple.org/electoin et <a href="https://exemple.org/mauvaisse">le raport</a>.</p>',
    );
    await vi.waitFor(() => expect(flagged(editor)).toEqual(['raport']));
  });

  it('no longer flags a word once added to the dictionary', async () => {
    const { editor, checker } = open('<p>Le colonel Goïta est arrivé à Ouagadougou.</p>');
    await vi.waitFor(() => expect(flagged(editor)).toEqual(['Goïta']));
    checker.addToDictionary('Goïta');
    await vi.waitFor(() => expect(flagged(editor)).toEqual([]));
  });

  it('rechecks only the edited paragraph after typing', async () => {
    const { checker, asked } = fakeChecker(['gouvernemnt']);
    const { editor } = open('<p>Premier paragraphe intact.</p><p>Le texte</p>', { checker });
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' du gouvernemnt');
    await vi.waitFor(() => expect(flagged(editor)).toEqual(['gouvernemnt']));
    expect(asked[1]).toEqual(['Le', 'texte', 'du', 'gouvernemnt']);
  });

  it('rechecks in the new language when asked after the article language changes', async () => {
    const { checker } = fakeChecker([]);
    let language = 'fr';
    const asked: string[] = [];
    const spy: SpellChecker = {
      ...checker,
      check: (words, tag) => (asked.push(tag), checker.check(words, tag)),
    };
    const { editor } = open('<p>Texte</p>', { checker: spy, language: () => language });
    await vi.waitFor(() => expect(asked).toEqual(['fr']));
    language = 'en';
    editor.commands.recheckSpelling();
    await vi.waitFor(() => expect(asked).toEqual(['fr', 'en']));
  });

  it('replaces a misspelling with the chosen suggestion', async () => {
    const { checker } = fakeChecker(['gouvernemnt']);
    const { editor } = open('<p>Le <strong>gouvernemnt</strong> parle.</p>', { checker });
    await vi.waitFor(() => expect(flagged(editor)).toEqual(['gouvernemnt']));
    const from = editor.state.doc.textContent.indexOf('gouvernemnt') + 1;
    editor.commands.replaceMisspelling({ from, to: from + 'gouvernemnt'.length }, 'gouvernement');
    expect(editor.getHTML()).toBe('<p>Le <strong>gouvernement</strong> parle.</p>');
  });
});

describe('the spelling context menu', () => {
  it('opens on the context-menu key over a misspelled word, with the suggestions and its range', async () => {
    const { checker } = fakeChecker(['gouvernemnt']);
    const onContextMenu = vi.fn<SpellingMenuHandler>();
    const { editor } = open('<p>Le gouvernemnt parle.</p>', { checker, onContextMenu });
    await vi.waitFor(() => expect(flagged(editor)).toEqual(['gouvernemnt']));
    editor.view.coordsAtPos = () => ({ left: 40, right: 40, top: 10, bottom: 30 });
    editor.commands.setTextSelection(6);
    const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
    editor.view.dom.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    await vi.waitFor(() =>
      expect(onContextMenu).toHaveBeenCalledWith(
        'gouvernemnt',
        { from: 4, to: 15 },
        ['gouvernement', 'gouvernent'],
        { x: 40, y: 30 },
      ),
    );
  });

  it('leaves the browser menu alone over a correct word', async () => {
    const { checker } = fakeChecker(['gouvernemnt']);
    const onContextMenu = vi.fn<SpellingMenuHandler>();
    const { editor } = open('<p>Le gouvernemnt parle.</p>', { checker, onContextMenu });
    await vi.waitFor(() => expect(flagged(editor)).toEqual(['gouvernemnt']));
    editor.commands.setTextSelection(18);
    const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
    editor.view.dom.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });
});
