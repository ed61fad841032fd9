import { getSchema } from '@tiptap/core';
import { joinBackward } from '@tiptap/pm/commands';
import { history, redo, undo } from '@tiptap/pm/history';
import { Slice, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { createExtensions } from '../extensions';
import { deleteCharacter } from './delete-character';
import { listSuggestions } from './list-suggestions';
import { resolveSuggestions } from './resolve-suggestions';
import { isSuggesting, suggestChangesKey } from './suggest-changes-key';
import { createSuggestChangesPlugin } from './suggest-changes-plugin';

const schema = getSchema(createExtensions());

interface Session {
  state: EditorState;
  author: string;
}

const start = (paragraphs: string[], author = 'Awa'): Session => {
  let counter = 0;
  const session: Session = { state: undefined as unknown as EditorState, author };
  const doc = schema.node(
    'doc',
    null,
    paragraphs.map((value) =>
      schema.node('paragraph', null, value === '' ? [] : [schema.text(value)]),
    ),
  );
  session.state = EditorState.create({
    doc,
    plugins: [
      history(),
      createSuggestChangesPlugin({
        author: () => session.author,
        now: () => new Date('2025-03-01T10:00:00.000Z'),
        createId: () => `s${(counter += 1)}`,
        enabled: true,
      }),
    ],
  });
  return session;
};

const apply = (session: Session, tr: Transaction): void => {
  session.state = session.state.applyTransaction(tr).state;
};
const run = (
  session: Session,
  command: (state: EditorState, dispatch: (tr: Transaction) => void) => boolean,
) => command(session.state, (tr) => apply(session, tr));

/** Position just after the n-th character of the first paragraph containing `needle`. */
const at = (session: Session, needle: string, offset = needle.length): number => {
  let found = -1;
  session.state.doc.descendants((node, pos) => {
    if (found >= 0 || !node.isTextblock) return found < 0;
    const index = node.textContent.indexOf(needle);
    if (index >= 0) found = pos + 1 + index + offset;
    return false;
  });
  if (found < 0) throw new Error(`"${needle}" not found`);
  return found;
};

const cursor = (session: Session, pos: number) =>
  apply(session, session.state.tr.setSelection(TextSelection.create(session.state.doc, pos)));
const select = (session: Session, from: number, to: number) =>
  apply(session, session.state.tr.setSelection(TextSelection.create(session.state.doc, from, to)));
/** Typing one keystroke at a time, as the browser does. */
const type = (session: Session, value: string) => {
  for (const character of Array.from(value)) apply(session, session.state.tr.insertText(character));
};
const backspace = (session: Session, count = 1) => {
  for (let index = 0; index < count; index += 1) {
    const { $head, empty } = session.state.selection;
    if (!empty) apply(session, session.state.tr.deleteSelection());
    else if ($head.parentOffset === 0) run(session, joinBackward);
    else run(session, deleteCharacter('backward'));
  }
};
const forwardDelete = (session: Session, count = 1) => {
  for (let index = 0; index < count; index += 1) run(session, deleteCharacter('forward'));
};

/** The body as text, with suggested insertions as {+…+} and deletions as [-…-]. */
const show = (doc: ProseMirrorNode): string[] => {
  const blocks: string[] = [];
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    let line = '';
    node.forEach((child) => {
      const marks = child.marks.map((mark) => mark.type.name);
      const value = child.text ?? '⏎';
      line += marks.includes('suggestionInsertion')
        ? `{+${value}+}`
        : marks.includes('suggestionDeletion')
          ? `[-${value}-]`
          : value;
    });
    blocks.push(line.replaceAll('+}{+', '').replaceAll('-][-', ''));
    return false;
  });
  return blocks;
};
const settled = (session: Session, decision: 'accept' | 'reject'): string[] =>
  show(resolveSuggestions(session.state.tr, () => decision).doc);

describe('suggestion mode: typing', () => {
  it('marks typed text as one insertion, signed, and keeps the original', () => {
    const session = start(['Le maire a annoncé.']);
    cursor(session, at(session, 'Le maire'));
    type(session, ' sortant');
    expect(show(session.state.doc)).toEqual(['Le maire{+ sortant+} a annoncé.']);
    expect(listSuggestions(session.state.doc)).toEqual([
      {
        id: 's1',
        kind: 'insertion',
        author: 'Awa',
        at: '2025-03-01T10:00:00.000Z',
        text: ' sortant',
      },
    ]);
    expect(settled(session, 'reject')).toEqual(['Le maire a annoncé.']);
    expect(settled(session, 'accept')).toEqual(['Le maire sortant a annoncé.']);
  });

  it('does nothing while suggesting is off', () => {
    const session = start(['Texte.']);
    apply(session, session.state.tr.setMeta(suggestChangesKey, { kind: 'enable', enabled: false }));
    expect(isSuggesting(session.state)).toBe(false);
    cursor(session, at(session, 'Texte'));
    type(session, 's');
    backspace(session, 2);
    expect(show(session.state.doc)).toEqual(['Text.']);
  });

  it('keeps French accents, ligatures and emoji (surrogate pairs) whole', () => {
    const session = start(['Un cœur.']);
    cursor(session, at(session, 'Un cœur'));
    type(session, ' ému 🎉 à l’œil');
    expect(show(session.state.doc)).toEqual(['Un cœur{+ ému 🎉 à l’œil+}.']);
    expect(listSuggestions(session.state.doc)).toHaveLength(1);
    backspace(session, 8);
    expect(show(session.state.doc)).toEqual(['Un cœur{+ ému 🎉+}.']);
    backspace(session);
    expect(show(session.state.doc)).toEqual(['Un cœur{+ ému +}.']);
    cursor(session, at(session, 'Un cœ'));
    backspace(session, 2);
    expect(show(session.state.doc)).toEqual(['Un [-cœ-]ur{+ ému +}.']);
    cursor(session, at(session, 'Un cœur ému '));
    type(session, '👍🏽');
    cursor(session, at(session, 'Un cœur ému '));
    forwardDelete(session, 2);
    expect(show(session.state.doc)).toEqual(['Un [-cœ-]ur{+ ému +}.']);
  });
});

describe('suggestion mode: deleting', () => {
  it('Backspace strikes the text and leaves the cursor before it; repeated presses grow one deletion', () => {
    const session = start(['Le grand projet.']);
    cursor(session, at(session, 'Le grand '));
    backspace(session, 6);
    expect(show(session.state.doc)).toEqual(['Le [-grand -]projet.']);
    expect(session.state.selection.head).toBe(at(session, 'Le '));
    expect(listSuggestions(session.state.doc).map((s) => [s.kind, s.text])).toEqual([
      ['deletion', 'grand '],
    ]);
  });

  it('Delete strikes the text and leaves the cursor after it', () => {
    const session = start(['Le grand projet.']);
    cursor(session, at(session, 'Le '));
    forwardDelete(session, 6);
    expect(show(session.state.doc)).toEqual(['Le [-grand -]projet.']);
    expect(session.state.selection.head).toBe(at(session, 'Le grand '));
    expect(listSuggestions(session.state.doc)).toHaveLength(1);
  });

  it('Backspace over text already struck only moves the cursor', () => {
    const session = start(['abc def']);
    cursor(session, at(session, 'abc'));
    backspace(session, 1);
    backspace(session, 1);
    expect(show(session.state.doc)).toEqual(['a[-bc-] def']);
    cursor(session, at(session, 'abc def'));
    forwardDelete(session);
    cursor(session, at(session, 'abc'));
    backspace(session, 1);
    expect(show(session.state.doc)).toEqual(['a[-bc-] def']);
    expect(session.state.selection.head).toBe(at(session, 'ab'));
  });

  it('deleting your own pending insertion really deletes it', () => {
    const session = start(['Le projet.']);
    cursor(session, at(session, 'Le '));
    type(session, 'grand ');
    backspace(session, 3);
    expect(show(session.state.doc)).toEqual(['Le {+gra+}projet.']);
    select(session, at(session, 'Le'), at(session, 'Le grapro'));
    backspace(session);
    expect(show(session.state.doc)).toEqual(['Le[- pro-]jet.']);
    expect(listSuggestions(session.state.doc).map((s) => [s.kind, s.text])).toEqual([
      ['deletion', ' pro'],
    ]);
  });

  it('typing over a selection is one replacement, accepted or rejected as one', () => {
    const session = start(['Le maire a annoncé.']);
    select(session, at(session, 'Le '), at(session, 'Le maire'));
    type(session, 'préfet');
    expect(show(session.state.doc)).toEqual(['Le [-maire-]{+préfet+} a annoncé.']);
    const suggestions = listSuggestions(session.state.doc);
    expect(suggestions.map(({ kind, text, replacement }) => [kind, text, replacement])).toEqual([
      ['replacement', 'maire', 'préfet'],
    ]);
    const decide = (decision: 'accept' | 'reject') =>
      show(
        resolveSuggestions(session.state.tr, ({ id }) =>
          id === suggestions[0]!.id ? decision : null,
        ).doc,
      );
    expect(decide('accept')).toEqual(['Le préfet a annoncé.']);
    expect(decide('reject')).toEqual(['Le maire a annoncé.']);
  });

  it('text typed right beside a struck word replaces it', () => {
    const session = start(['Rendez-vous samedi.']);
    cursor(session, at(session, 'samedi'));
    backspace(session, 6);
    type(session, 'vendredi');
    // Backspace leaves the cursor before the struck text, so the new word goes in front.
    expect(show(session.state.doc)).toEqual(['Rendez-vous {+vendredi+}[-samedi-].']);
    expect(listSuggestions(session.state.doc).map((s) => s.kind)).toEqual(['replacement']);
  });

  it('one keystroke rewriting what was typed just before (an input rule) stays one run', () => {
    const session = start(['Texte.']);
    cursor(session, at(session, 'Texte.'));
    type(session, " C'");
    // What the French typography rule does when the next letter comes: ' becomes ’.
    const { from } = session.state.selection;
    const tr = session.state.tr.insertText('e', from, from);
    tr.insertText('’', from - 1, from);
    apply(session, tr);
    type(session, 'st');
    expect(show(session.state.doc)).toEqual(['Texte.{+ C’est+}']);
    expect(listSuggestions(session.state.doc).map((s) => s.text)).toEqual([' C’est']);
  });

  it('a rewrite of text typed in the same transaction strikes nothing', () => {
    const session = start(['Texte.']);
    cursor(session, at(session, 'Texte.'));
    const { from } = session.state.selection;
    const tr = session.state.tr.insertText(" l'", from, from);
    tr.insertText('’', from + 2, from + 3);
    apply(session, tr);
    expect(show(session.state.doc)).toEqual(['Texte.{+ l’+}']);
  });

  it('a deletion across paragraphs keeps both parts struck through and no text is lost', () => {
    const session = start(['Premier paragraphe.', 'Second paragraphe.']);
    select(session, at(session, 'Premier '), at(session, 'Second '));
    backspace(session);
    expect(show(session.state.doc)).toEqual(['Premier [-paragraphe.-]', '[-Second -]paragraphe.']);
    expect(settled(session, 'accept')).toEqual(['Premier paragraphe.']);
    expect(settled(session, 'reject')).toEqual(['Premier paragraphe.', 'Second paragraphe.']);
  });

  it('joining and splitting paragraphs are applied directly', () => {
    const session = start(['Un.', 'Deux.']);
    cursor(session, at(session, 'Deux', 0));
    backspace(session);
    expect(show(session.state.doc)).toEqual(['Un.Deux.']);
    apply(session, session.state.tr.split(at(session, 'Un.')));
    expect(show(session.state.doc)).toEqual(['Un.', 'Deux.']);
  });
});

describe('suggestion mode: paste, formatting, history, authors', () => {
  it('a pasted slice becomes one insertion, replacing the selection as a deletion', () => {
    const session = start(['Le chiffre est faux.']);
    select(session, at(session, 'Le chiffre est '), at(session, 'Le chiffre est faux'));
    const pasted = new Slice(
      schema.node('paragraph', null, [schema.text('exact', [schema.marks.bold!.create()])]).content,
      0,
      0,
    );
    apply(session, session.state.tr.replaceSelection(pasted).setMeta('uiEvent', 'paste'));
    expect(show(session.state.doc)).toEqual(['Le chiffre est [-faux-]{+exact+}.']);
    const inserted = session.state.doc.nodeAt(at(session, 'Le chiffre est faux'))!;
    expect(inserted.marks.map((mark) => mark.type.name).sort()).toEqual([
      'bold',
      'suggestionInsertion',
    ]);
  });

  it('bold applied while suggesting changes formatting directly', () => {
    const session = start(['Texte important.']);
    apply(
      session,
      session.state.tr.addMark(
        at(session, 'Texte '),
        at(session, 'Texte important'),
        schema.marks.bold!.create(),
      ),
    );
    expect(show(session.state.doc)).toEqual(['Texte important.']);
    expect(listSuggestions(session.state.doc)).toEqual([]);
  });

  it('undo removes the typed suggestion and redo brings it back, without new tracking', () => {
    const session = start(['Bonjour.']);
    cursor(session, at(session, 'Bonjour'));
    type(session, ' à tous');
    run(session, undo);
    expect(show(session.state.doc)).toEqual(['Bonjour.']);
    run(session, redo);
    expect(show(session.state.doc)).toEqual(['Bonjour{+ à tous+}.']);
    cursor(session, at(session, 'Bon'));
    backspace(session, 3);
    expect(show(session.state.doc)).toEqual(['[-Bon-]jour{+ à tous+}.']);
    for (let press = 0; press < 3; press += 1) run(session, undo);
    expect(show(session.state.doc)).toEqual(['Bonjour{+ à tous+}.']);
  });

  it('two authors make separate suggestions, and one cannot delete the other’s insertion', () => {
    const session = start(['Le texte.']);
    cursor(session, at(session, 'Le '));
    type(session, 'beau ');
    session.author = 'Jean';
    type(session, 'grand ');
    expect(listSuggestions(session.state.doc).map((s) => [s.author, s.text])).toEqual([
      ['Awa', 'beau '],
      ['Jean', 'grand '],
    ]);
    backspace(session, 8);
    expect(show(session.state.doc)).toEqual(['Le {+beau +}texte.']);
    expect(listSuggestions(session.state.doc).map((s) => [s.author, s.text])).toEqual([
      ['Awa', 'beau '],
    ]);
    expect(settled(session, 'reject')).toEqual(['Le texte.']);
  });

  it('transactions marked untracked (settling suggestions, loads) are left alone', () => {
    const session = start(['Un texte.']);
    apply(session, session.state.tr.insertText('Nouveau. ', 1).setMeta('preventUpdate', true));
    apply(session, session.state.tr.insertText('Chargé. ', 1).setMeta('addToHistory', false));
    expect(show(session.state.doc)).toEqual(['Chargé. Nouveau. Un texte.']);
  });
});
