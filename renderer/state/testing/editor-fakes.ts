import { vi } from 'vitest';
import type { SaveRequest, SaveResult } from '../../../shared/ipc/contract';
import type { AppErrorShape } from '../../../shared/errors/error-code';
import type { Result } from '../../../shared/ipc/result';
import type { Article } from '../../../shared/model/article';
import type { TiptapDocument } from '../../../shared/model/tiptap-document';
import type { EditorApi, LibraryPort } from '../editor-api';
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

/**
 * An in-memory host holding articles, with the optimistic revision check of the real library.
 * `hold()` keeps saves in flight until `release()`; `failNext(code)` refuses the next saves.
 */
export function fakeHost(...initial: Article[]) {
  const articles = new Map(initial.map((item) => [item.id, structuredClone(item)]));
  const saves: { request: SaveRequest; transport: 'normal' | 'keepalive' }[] = [];
  const failures: AppErrorShape['code'][] = [];
  let gate: Promise<void> | null = null;
  let open: (() => void) | null = null;
  let created = 100;
  /** How the host turns a requested slug into the stored one (the library normalises and dedupes). */
  let slugRule = (slug: string) => slug;
  /** What `revisions:restore` brings back, whatever the revision asked for. */
  const restoredFields: Partial<Article> = {
    headline: 'Version du reporter',
    body: paragraphs('texte restauré'),
  };

  const save = async (
    request: SaveRequest,
    transport: 'normal' | 'keepalive',
  ): Promise<Result<SaveResult>> => {
    saves.push({ request: structuredClone(request), transport });
    if (gate) await gate;
    const code = failures.shift();
    if (code) return failure(code, `refused: ${code}`);
    const stored = articles.get(request.id);
    if (!stored) return failure('not_found');
    if (stored.revision !== request.baseRevision) return failure('conflict');
    const next = { ...stored, ...request.changes, revision: stored.revision + 1 };
    if (request.changes.slug !== undefined) next.slug = slugRule(request.changes.slug);
    next.updatedAt = new Date(Date.parse(stored.updatedAt) + 1_000).toISOString();
    articles.set(request.id, next);
    return ok({
      id: next.id,
      revision: next.revision,
      updatedAt: next.updatedAt,
      slug: next.slug,
      counts: next.counts,
    });
  };

  const api: EditorApi = {
    articles: {
      get: vi.fn(({ id }: { id: string }) => {
        const stored = articles.get(id);
        return Promise.resolve(stored ? ok(structuredClone(stored)) : failure('not_found'));
      }),
      save: vi.fn((request: SaveRequest) => save(request, 'normal')),
      create: vi.fn((draft: Partial<Article>) => {
        const made = article((created += 1), { ...draft, revision: 1 });
        articles.set(made.id, made);
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
          if (stored.revision !== baseRevision) return Promise.resolve(failure('conflict'));
          const next = { ...stored, status, revision: stored.revision + 1 };
          articles.set(id, next);
          return Promise.resolve(ok(structuredClone(next)));
        },
      ),
    } as unknown as EditorApi['articles'],
    revisions: {
      restore: vi.fn(
        ({ id, baseRevision }: { id: string; revisionId: number; baseRevision: number }) => {
          const stored = articles.get(id);
          if (!stored) return Promise.resolve(failure('not_found'));
          if (stored.revision !== baseRevision) return Promise.resolve(failure('conflict'));
          const next = { ...stored, ...restoredFields, revision: stored.revision + 1 };
          articles.set(id, next);
          return Promise.resolve(ok(structuredClone(next)));
        },
      ),
    } as unknown as EditorApi['revisions'],
    saveKeepalive: vi.fn((request: SaveRequest) => save(request, 'keepalive')),
  };

  const library = {
    articleSaved: vi.fn<LibraryPort['articleSaved']>(),
    select: vi.fn<LibraryPort['select']>(),
    refresh: vi.fn<LibraryPort['refresh']>(() => Promise.resolve()),
  };

  return {
    api,
    library,
    saves,
    stored: (id: string) => articles.get(id),
    /** Someone else saves the article (another window): its revision moves on. */
    editElsewhere(id: string, fields: Partial<Article>) {
      const stored = articles.get(id)!;
      articles.set(id, { ...stored, ...fields, revision: stored.revision + 1 });
    },
    normaliseSlugs(rule: (slug: string) => string) {
      slugRule = rule;
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
