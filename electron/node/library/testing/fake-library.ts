import { vi } from 'vitest';
import { AppError } from '../../../../shared/errors/error-code';
import type { Article } from '../../../../shared/model/article';
import { defaultArticleFields } from '../../../../shared/model/article-defaults';
import type { Library } from '../library';

export const sampleId = '0b7f4a52-5c1e-4d4f-9a59-2f1f8d1f6c11';
const at = '2025-01-02T03:04:05.000Z';

export const sampleArticle = (overrides: Partial<Article> = {}): Article => ({
  id: sampleId,
  ...defaultArticleFields(),
  headline: 'Élection présidentielle',
  slug: 'election-presidentielle',
  status: 'draft',
  counts: { words: 0, signes: 0, signesWithoutSpaces: 0 },
  createdAt: at,
  updatedAt: at,
  revision: 1,
  trashedAt: null,
  handoffs: [],
  conflict: null,
  ...overrides,
});

/** A Library whose every method is a spy returning a valid value. */
export const createFakeLibrary = (path: string, options: { readOnlyReason?: string } = {}) => {
  const revision = {
    id: 1,
    articleId: sampleId,
    revision: 1,
    reason: 'named' as const,
    name: 'v1',
    author: 'Awa',
    createdAt: at,
    words: 0,
    status: 'draft' as const,
  };
  const library = {
    path,
    info: vi.fn(() => ({
      path,
      readOnly: options.readOnlyReason !== undefined,
      readOnlyReason: options.readOnlyReason ?? null,
      schemaVersion: 1,
      articleCount: 1,
    })),
    stats: vi.fn(() => ({
      byStatus: {
        draft: 1,
        submitted: 0,
        changes_requested: 0,
        approved: 0,
        published: 0,
        spiked: 0,
      },
      totalWords: 0,
      articles: 1,
      trashed: 0,
    })),
    facets: vi.fn(() => ({ sections: [], tags: [], bylines: [], languages: ['fr'] })),
    list: vi.fn(() => ({ items: [], total: 0, offset: 0 })),
    get: vi.fn(() => sampleArticle()),
    create: vi.fn(() => sampleArticle()),
    createMany: vi.fn(() => [sampleArticle()]),
    createFromDocument: vi.fn(() => sampleArticle()),
    save: vi.fn(() => ({
      id: sampleId,
      revision: 2,
      updatedAt: at,
      slug: 'election-presidentielle',
      counts: { words: 0, signes: 0, signesWithoutSpaces: 0 },
    })),
    document: vi.fn(() => ({ id: sampleId, state: 'AAA=', revision: 1 })),
    applyUpdate: vi.fn(() => ({ id: sampleId, stored: true as const })),
    onDocumentUpdate: vi.fn(() => () => undefined),
    onArticlesDerived: vi.fn(() => () => undefined),
    setStatus: vi.fn(() => sampleArticle({ status: 'submitted', revision: 2 })),
    trash: vi.fn(),
    restore: vi.fn(() => sampleArticle()),
    emptyTrash: vi.fn(() => 3),
    statusLog: vi.fn(() => []),
    listRevisions: vi.fn(() => [revision]),
    getRevision: vi.fn(() => ({ ...revision, fields: sampleArticle(), status: 'draft' as const })),
    nameRevision: vi.fn(() => revision),
    restoreRevision: vi.fn(() => sampleArticle({ revision: 3 })),
    importPackage: vi.fn(() => ({
      outcome: 'added' as const,
      article: sampleArticle(),
      restoredFromTrash: false,
      heldMoves: 0,
      untrustedKeys: [],
    })),
    recordHandoff: vi.fn(() => sampleArticle()),
    resolveConflict: vi.fn(() => sampleArticle({ revision: 2 })),
    heldMoves: vi.fn(() => []),
    confirmHeldMove: vi.fn(() => sampleArticle({ status: 'submitted', revision: 2 })),
    signingKeys: vi.fn(() => []),
    changeKeyTrust: vi.fn((request: { publicKey: string; trust: 'trusted' | 'revoked' }) => ({
      publicKey: request.publicKey,
      fingerprint: '0000 0000',
      name: 'Awa Diop',
      role: 'reporter' as const,
      trust: request.trust,
      firstSeenAt: at,
    })),
    adoptServerEntry: vi.fn(() => sampleArticle()),
    replica: {
      article: vi.fn(() => null),
      articles: vi.fn(() => new Map()),
      link: vi.fn(() => null),
      setLink: vi.fn(),
      enqueue: vi.fn(),
      queued: vi.fn(() => []),
      dequeue: vi.fn(),
      markSynced: vi.fn(),
      addUnsent: vi.fn(),
      unsent: vi.fn(() => new Map<string, number>()),
      addedSince: vi.fn((afterRow: number) => ({ lastRow: afterRow, ids: [] as string[] })),
    },
    outbox: {
      enqueue: vi.fn(),
      jobs: vi.fn(() => []),
      job: vi.fn(),
      claimDue: vi.fn(() => null),
      progress: vi.fn(),
      published: vi.fn(),
      retryLater: vi.fn(),
      fail: vi.fn(),
      editedRemotely: vi.fn(),
      confirmOverwrite: vi.fn(),
      cancel: vi.fn(),
      retry: vi.fn(),
      resumeInterrupted: vi.fn(() => 0),
      post: vi.fn(),
      savePost: vi.fn(),
      onJobChanged: vi.fn(() => () => undefined),
      featuredImage: vi.fn(() => null),
      chooseFeaturedImage: vi.fn(),
    },
    wire: {
      store: vi.fn(() => []),
      list: vi.fn(() => []),
      get: vi.fn((id: number) => {
        throw new AppError('not_found', `No wire item ${id} in this library.`);
      }),
      markRead: vi.fn(),
      take: vi.fn((id: number) => {
        throw new AppError('not_found', `No wire item ${id} in this library.`);
      }),
      sourceOf: vi.fn(() => null),
    },
    backup: vi.fn((destination: string) => Promise.resolve(destination)),
    compact: vi.fn(() =>
      Promise.resolve({ bytesBefore: 2048, bytesAfter: 1024, backup: `${path}/before.sqlite` }),
    ),
    close: vi.fn(),
  } satisfies Library;
  return library;
};
export type FakeLibrary = ReturnType<typeof createFakeLibrary>;
