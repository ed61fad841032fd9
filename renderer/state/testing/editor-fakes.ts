import { vi } from 'vitest';
import * as Y from 'yjs';
import { createArticleDocument } from '../../../shared/collab/create-article-document';
import { readArticleDocument } from '../../../shared/collab/read-article-document';
import { decodeUpdate, encodeUpdate } from '../../../shared/collab/update-encoding';
import { writeArticleChanges } from '../../../shared/collab/write-article-changes';
import type {
  ArticleUpdateRequest,
  ArticleUpdateResult,
  SaveRequest,
} from '../../../shared/ipc/contract';
import type { AppErrorShape } from '../../../shared/errors/error-code';
import type { Result } from '../../../shared/ipc/result';
import type { Article, ArticleFields } from '../../../shared/model/article';
import { pickArticleFields } from '../../../shared/model/article-fields';
import type { TiptapDocument } from '../../../shared/model/tiptap-document';
import type { EditorApi, LibraryPort } from '../editor-api';
import type { ReceivedUpdate } from '../editor-session-state';
import { defaultArticleFields } from '../../../shared/model/article-defaults';

export const idFor = (index: number) =>
  `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;

export const paragraphs = (...texts: string[]): TiptapDocument => ({
  type: 'doc',
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

export const article = (index: number, fields: Partial<Article> = {}): Article => ({
  id: idFor(index),
  ...defaultArticleFields(),
  headline: `Article ${index}`,
  slug: `article-${index}`,
  body: paragraphs(`Texte ${index}`),
  status: 'draft',
  counts: { words: 2, signes: 7, signesWithoutSpaces: 6 },
  createdAt: '2025-03-12T10:00:00.000Z',
  updatedAt: '2025-03-12T10:00:00.000Z',
  revision: 1,
  trashedAt: null,
  handoffs: [],
  conflict: null,
  ...fields,
});

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const failure = (code: AppErrorShape['code'], message?: string): Result<never> => ({
  ok: false,
  error: { code, message: message ?? code },
});

interface Stored {
  article: Article;
  doc: Y.Doc;
}

/**
 * An in-memory library holding articles as Yjs documents, deriving a new revision from each
 * update like the real one, with its optimistic revision check for status changes and restores.
 * `hold()` keeps updates in flight until `release()`; `failNext(code)` refuses the next ones.
 */
export function fakeHost(...initial: Article[]) {
  const articles = new Map<string, Stored>(
    initial.map((item) => [
      item.id,
      {
        article: structuredClone(item),
        doc: createArticleDocument(item.id, pickArticleFields(item)),
      },
    ]),
  );
  const updates: { request: ArticleUpdateRequest; transport: 'normal' | 'keepalive' }[] = [];
  const listeners = new Set<(received: ReceivedUpdate) => void>();
  const failures: AppErrorShape['code'][] = [];
  let gate: Promise<void> | null = null;
  let open: (() => void) | null = null;
  let created = 100;
  /** What `revisions:restore` brings back, whatever the revision asked for. */
  const restoredFields: Partial<ArticleFields> = {
    headline: 'Version du reporter',
    body: paragraphs('texte restauré'),
  };

  const current = (stored: Stored): Article => ({
    ...stored.article,
    ...readArticleDocument(stored.doc, pickArticleFields(stored.article)),
  });
  const announce = (id: string, update: Uint8Array, origin: string | null) => {
    for (const listener of [...listeners]) listener({ id, update: encodeUpdate(update), origin });
  };
  /** A write by the library itself (restore, save, another desk): announced to every editor. */
  const write = (id: string, changes: Partial<ArticleFields>) => {
    const stored = articles.get(id)!;
    const heard: Uint8Array[] = [];
    const collect = (update: Uint8Array) => heard.push(update);
    stored.doc.on('update', collect);
    writeArticleChanges(stored.doc, changes);
    stored.doc.off('update', collect);
    stored.article = { ...stored.article, revision: stored.article.revision + 1 };
    for (const update of heard) announce(id, update, null);
  };

  const update = async (
    request: ArticleUpdateRequest,
    transport: 'normal' | 'keepalive',
  ): Promise<Result<ArticleUpdateResult>> => {
    updates.push({ request: structuredClone(request), transport });
    if (gate) await gate;
    const code = failures.shift();
    if (code) return failure(code, `refused: ${code}`);
    const stored = articles.get(request.id);
    if (!stored) return failure('not_found');
    if (stored.article.trashedAt !== null) return failure('conflict');
    Y.applyUpdate(stored.doc, decodeUpdate(request.update), request.origin);
    stored.article = { ...stored.article, revision: stored.article.revision + 1 };
    announce(request.id, decodeUpdate(request.update), request.origin);
    return ok({ id: request.id, stored: true });
  };

  const api: EditorApi = {
    articles: {
      get: vi.fn(({ id }: { id: string }) => {
        const stored = articles.get(id);
        return Promise.resolve(
          stored ? ok(structuredClone(current(stored))) : failure('not_found'),
        );
      }),
      document: vi.fn(({ id }: { id: string }) => {
        const stored = articles.get(id);
        if (!stored) return Promise.resolve(failure('not_found'));
        const state = encodeUpdate(Y.encodeStateAsUpdate(stored.doc));
        return Promise.resolve(ok({ id, state, revision: stored.article.revision }));
      }),
      update: vi.fn((request: ArticleUpdateRequest) => update(request, 'normal')),
      save: vi.fn((request: SaveRequest) => {
        const stored = articles.get(request.id);
        if (!stored) return Promise.resolve(failure('not_found'));
        if (stored.article.revision !== request.baseRevision) {
          return Promise.resolve(failure('conflict'));
        }
        write(request.id, request.changes);
        const { id, revision, updatedAt, slug, counts } = stored.article;
        return Promise.resolve(ok({ id, revision, updatedAt, slug, counts }));
      }),
      create: vi.fn((draft: Partial<Article>) => {
        const made = article((created += 1), { ...draft, revision: 1 });
        articles.set(made.id, {
          article: made,
          doc: createArticleDocument(made.id, pickArticleFields(made)),
        });
        return Promise.resolve(ok(structuredClone(made)));
      }),
      setStatus: vi.fn(
        ({
          id,
          baseRevision,
          status,
        }: {
          id: string;
          baseRevision: number;
          status: Article['status'];
        }) => {
          const stored = articles.get(id);
          if (!stored) return Promise.resolve(failure('not_found'));
          if (stored.article.revision !== baseRevision) return Promise.resolve(failure('conflict'));
          stored.article = { ...stored.article, status, revision: stored.article.revision + 1 };
          return Promise.resolve(ok(structuredClone(current(stored))));
        },
      ),
    } as unknown as EditorApi['articles'],
    revisions: {
      restore: vi.fn(
        ({ id, baseRevision }: { id: string; revisionId: number; baseRevision: number }) => {
          const stored = articles.get(id);
          if (!stored) return Promise.resolve(failure('not_found'));
          if (stored.article.revision !== baseRevision) return Promise.resolve(failure('conflict'));
          write(id, restoredFields);
          return Promise.resolve(ok(structuredClone(current(stored))));
        },
      ),
    } as unknown as EditorApi['revisions'],
    updateKeepalive: vi.fn((request: ArticleUpdateRequest) => update(request, 'keepalive')),
  };

  const library = {
    articleSaved: vi.fn<LibraryPort['articleSaved']>(),
    select: vi.fn<LibraryPort['select']>(),
    refresh: vi.fn<LibraryPort['refresh']>(() => Promise.resolve()),
  };

  return {
    api,
    library,
    updates,
    stored: (id: string) => {
      const stored = articles.get(id);
      return stored ? current(stored) : undefined;
    },
    /** Every editor on this host hears `article:updated` through `listener`. */
    onUpdated(listener: (received: ReceivedUpdate) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** The library changes the article itself (a restore in another window, an import). */
    editElsewhere(id: string, fields: Partial<ArticleFields>) {
      write(id, fields);
    },
    /** The library changes what is not in the document (conflict marker, status): a new revision. */
    changeHead(id: string, head: Partial<Article>) {
      const stored = articles.get(id)!;
      stored.article = { ...stored.article, ...head, revision: stored.article.revision + 1 };
    },
    trash(id: string) {
      const stored = articles.get(id)!;
      stored.article = { ...stored.article, trashedAt: '2025-03-12T11:00:00.000Z' };
    },
    failNext(...codes: AppErrorShape['code'][]) {
      failures.push(...codes);
    },
    hold() {
      gate = new Promise((resolve) => (open = resolve));
    },
    release() {
      gate = null;
      open?.();
    },
  };
}
