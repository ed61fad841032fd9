import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { CommentThread } from '../../shared/model/comment';
import { CommentThreads } from '../../shared/model/comment';
import type { CommentEditorPort } from './comment-editor-port';
import type { CommentsSessionPort } from './comments-store';
import { commentsState } from './comments-store';
import { orderThreads } from './order-threads';

const ids = [
  '3f2b8c1e-9a4d-4c6b-8e2f-1a2b3c4d5e6f',
  '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  'a8098c1a-f86e-41b5-9d4b-0fd4a1a1d2a3',
  '0b7e1a52-3c1d-4e8f-9a6b-5d4c3b2a1f0e',
  'c56a4180-65aa-42ec-a945-5fd21dec0538',
  '16fd2706-8baf-433b-82eb-8c7fada847da',
];

/** A fake body: a selection, and the anchors it holds in reading order. */
const fakeEditor = (selection: string | null) => {
  const anchors: string[] = [];
  const revealed: string[] = [];
  const port: CommentEditorPort = {
    selectedText: () => selection,
    anchorSelection: (threadId) => {
      anchors.push(threadId);
      return true;
    },
    anchorOrder: () => [...anchors],
    reveal: (threadId) => {
      revealed.push(threadId);
      return anchors.includes(threadId);
    },
  };
  return { port, anchors, revealed };
};

const setup = (selection: string | null = 'le ministre a démissionné') => {
  let threads: CommentThread[] = [];
  const session: CommentsSessionPort = {
    threads: () => threads,
    setThreads: (next) => {
      if (!CommentThreads.safeParse(next).success) return false;
      threads = next;
      return true;
    },
  };
  let nextId = 0;
  let minute = 0;
  const panel = { open: false };
  const store = createStore(
    commentsState({
      session,
      newId: () => ids[nextId++]!,
      now: () => `2024-03-07T09:${String(minute++).padStart(2, '0')}:00.000Z`,
      openPanel: () => {
        panel.open = true;
      },
    }),
  );
  const editor = fakeEditor(selection);
  store.getState().attachEditor(editor.port);
  return { store, editor, panel, threads: () => threads };
};

describe('the comments store', () => {
  it('adds a thread on the selection: anchor, quote, first message, author and time', () => {
    const { store, editor, panel, threads } = setup();
    expect(store.getState().addComment('  Quelle source\u00a0? ', 'Awa Diop')).toBe(true);
    expect(threads()).toEqual([
      {
        id: ids[0],
        quote: 'le ministre a démissionné',
        messages: [
          {
            id: ids[1],
            author: 'Awa Diop',
            at: '2024-03-07T09:00:00.000Z',
            text: 'Quelle source\u00a0?',
          },
        ],
        resolved: false,
        resolvedBy: null,
        resolvedAt: null,
      },
    ]);
    expect(editor.anchors).toEqual([ids[0]]);
    expect(panel.open).toBe(true);
    expect(store.getState()).toMatchObject({ focusedThreadId: ids[0] });
  });

  it('adds nothing without a selection (or in a read-only body), nor an empty comment', () => {
    const { store, editor, threads } = setup(null);
    expect(store.getState().addComment('Texte', 'Awa')).toBe(false);
    const other = setup();
    expect(other.store.getState().addComment('   ', 'Awa')).toBe(false);
    expect(threads()).toEqual([]);
    expect(other.threads()).toEqual([]);
    expect(editor.anchors).toEqual([]);
    expect(other.editor.anchors).toEqual([]);
  });

  it('keeps the quote to one line of at most 200 characters', () => {
    const { store, threads } = setup(`Un\n  paragraphe ${'très '.repeat(60)}long`);
    store.getState().addComment('Trop long', 'Awa');
    const quote = threads()[0]!.quote;
    expect(quote.length).toBeLessThanOrEqual(200);
    expect(quote.length).toBeGreaterThan(190);
    expect(quote.startsWith('Un paragraphe très très')).toBe(true);
    expect(quote.endsWith('…')).toBe(true);
  });

  it('replies, resolves with who and when, and reopens', () => {
    const { store, threads } = setup();
    store.getState().addComment('Quelle source\u00a0?', 'Awa Diop');
    expect(store.getState().reply(ids[0]!, 'La préfecture.', 'Jean Chef')).toBe(true);
    expect(threads()[0]!.messages.map((message) => [message.author, message.text])).toEqual([
      ['Awa Diop', 'Quelle source\u00a0?'],
      ['Jean Chef', 'La préfecture.'],
    ]);

    expect(store.getState().resolve(ids[0]!, 'Awa Diop')).toBe(true);
    expect(threads()[0]).toMatchObject({
      resolved: true,
      resolvedBy: 'Awa Diop',
      resolvedAt: '2024-03-07T09:02:00.000Z',
    });
    expect(store.getState().reopen(ids[0]!)).toBe(true);
    expect(threads()[0]).toMatchObject({ resolved: false, resolvedBy: null, resolvedAt: null });
    expect(threads()[0]!.messages).toHaveLength(2);
  });

  it('refuses a reply to a thread that is gone, and an empty reply', () => {
    const { store, threads } = setup();
    store.getState().addComment('Quelle source\u00a0?', 'Awa');
    expect(store.getState().reply(ids[5]!, 'Perdu', 'Awa')).toBe(false);
    expect(store.getState().reply(ids[0]!, '  ', 'Awa')).toBe(false);
    expect(threads()[0]!.messages).toHaveLength(1);
  });

  it('shows a thread in the body when asked, and focuses it', () => {
    const { store, editor } = setup();
    store.getState().addComment('Quelle source\u00a0?', 'Awa');
    store.getState().caretInThread(null);
    store.getState().focusThread(ids[0]!);
    expect(editor.revealed).toEqual([ids[0]]);
    expect(store.getState().focusedThreadId).toBe(ids[0]);
  });
});

describe('orderThreads', () => {
  const thread = (id: string, resolved = false): CommentThread => ({
    id,
    quote: id.slice(0, 4),
    messages: [{ id: ids[5]!, author: 'Awa', at: '2024-03-07T09:00:00.000Z', text: 'x' }],
    resolved,
    resolvedBy: resolved ? 'Awa' : null,
    resolvedAt: resolved ? '2024-03-07T10:00:00.000Z' : null,
  });
  const stored = [thread(ids[0]!), thread(ids[1]!, true), thread(ids[2]!), thread(ids[3]!)];

  it('lists threads in reading order, those whose text was deleted last, resolved ones hidden', () => {
    const listed = orderThreads(stored, [ids[3]!, ids[1]!, ids[0]!], false);
    expect(listed.map(({ thread, anchored }) => [thread.id, anchored])).toEqual([
      [ids[3], true],
      [ids[0], true],
      [ids[2], false],
    ]);
  });

  it('shows resolved threads in their place when asked', () => {
    const listed = orderThreads(stored, [ids[3]!, ids[1]!, ids[0]!], true);
    expect(listed.map(({ thread }) => thread.id)).toEqual([ids[3], ids[1], ids[0], ids[2]]);
  });
});
