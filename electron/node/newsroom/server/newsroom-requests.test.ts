import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createArticleDocument } from '../../../../shared/collab/create-article-document';
import { encodeUpdate } from '../../../../shared/collab/update-encoding';
import { defaultArticleFields } from '../../../../shared/model/article-defaults';
import {
  articleDocumentName,
  libraryDocumentName,
} from '../../../../shared/newsroom/document-names';
import { paragraphs } from '../../library/testing/open-test-library';
import { connectDesk } from './testing/connect-desk';
import { indexEntry } from './testing/index-entries';
import { firstParagraph, typeInFirstParagraph } from './testing/paragraph-typing';
import { requestReply } from './testing/request-reply';
import { storedParagraph } from './testing/stored-article';
import { startTestNewsroom } from './testing/test-newsroom';
import { waitUntil } from './testing/wait-until';

const synced = (...desks: { provider: { synced: boolean } }[]) =>
  waitUntil('desks synced', () => desks.every((desk) => desk.provider.synced));

describe('newsroom server: requests and roles', () => {
  it('refuses a reporter approving or publishing, leaving the index as it was; an editor may', async () => {
    const newsroom = await startTestNewsroom();
    const { url } = newsroom.server;
    const id = newsroom.articleId;
    const reporter = connectDesk(url, newsroom.credentials.reporter, libraryDocumentName);
    const editor = connectDesk(url, newsroom.credentials.editor, libraryDocumentName);
    await synced(reporter, editor);
    expect(indexEntry(reporter.doc, id)).toMatchObject({ status: 'draft', trashedAt: null });

    expect(
      await requestReply(reporter, { op: 'setStatus', id, status: 'submitted', note: 'Prêt' }),
    ).toMatchObject({ ok: true });
    await waitUntil(
      'the index shows it submitted',
      () => indexEntry(reporter.doc, id)?.status === 'submitted',
    );
    expect(indexEntry(reporter.doc, id)?.moves).toEqual([
      expect.objectContaining({
        from: 'draft',
        to: 'submitted',
        by: 'Awa Diop',
        role: 'reporter',
        note: 'Prêt',
      }),
    ]);

    const approve = {
      op: 'setStatus',
      id,
      status: 'approved',
      note: '',
      override: { reason: 'Brève' },
    } as const;
    expect(await requestReply(reporter, approve)).toEqual({
      kind: 'reply',
      requestId: expect.any(String) as string,
      ok: false,
      code: 'not_allowed_for_role',
      message: 'A reporter may not move an article from submitted to approved.',
    });
    expect(await requestReply(editor, { ...approve, override: undefined })).toMatchObject({
      ok: false,
      code: 'not_ready',
    });
    expect(indexEntry(editor.doc, id)?.status).toBe('submitted');

    expect(await requestReply(editor, approve)).toMatchObject({ ok: true });
    await waitUntil(
      'the reporter sees it approved',
      () => indexEntry(reporter.doc, id)?.status === 'approved',
    );
    const publish = {
      op: 'setStatus',
      id,
      status: 'published',
      note: '',
      override: { reason: 'Urgent' },
    } as const;
    expect(await requestReply(reporter, publish)).toMatchObject({
      ok: false,
      code: 'not_allowed_for_role',
    });
    expect(indexEntry(reporter.doc, id)?.status).toBe('approved');
    expect(await requestReply(editor, publish)).toMatchObject({ ok: true });
    await waitUntil('published', () => indexEntry(reporter.doc, id)?.status === 'published');
    expect(
      indexEntry(reporter.doc, id)?.moves.map((move) => [move.to, move.by, move.role]),
    ).toEqual([
      ['submitted', 'Awa Diop', 'reporter'],
      ['approved', 'Moussa Traoré', 'editor'],
      ['published', 'Moussa Traoré', 'editor'],
    ]);
  });

  it('keeps the library document read-only for desks, and ignores what is not a request', async () => {
    const newsroom = await startTestNewsroom();
    const { url } = newsroom.server;
    const chief = connectDesk(url, newsroom.credentials.chief_editor, libraryDocumentName);
    const reporter = connectDesk(url, newsroom.credentials.reporter, libraryDocumentName);
    await synced(chief, reporter);
    chief.doc.getMap('articles').set(newsroom.articleId, { status: 'published' });
    chief.provider.sendStateless('not json');
    chief.provider.sendStateless(JSON.stringify({ op: 'setStatus', id: newsroom.articleId }));
    expect(
      await requestReply(reporter, {
        op: 'setStatus',
        id: newsroom.articleId,
        status: 'submitted',
        note: '',
      }),
    ).toMatchObject({ ok: true });
    await waitUntil(
      'the reporter sees the server’s entry',
      () => indexEntry(reporter.doc, newsroom.articleId)?.status === 'submitted',
    );
    expect(chief.stateless).toEqual([]);
  });

  it('creates an article from the document a desk seeded, without doubling its text', async () => {
    const newsroom = await startTestNewsroom();
    const { url } = newsroom.server;
    const reporter = connectDesk(url, newsroom.credentials.reporter, libraryDocumentName);
    await synced(reporter);
    const id = randomUUID();
    const seeded = createArticleDocument(id, {
      ...defaultArticleFields(),
      headline: 'Marché de Médina',
      body: paragraphs('Les prix baissent.'),
    });
    typeInFirstParagraph(seeded, 0, 'Ce matin, ');
    const created = await requestReply(reporter, {
      op: 'create',
      id,
      document: encodeUpdate(Y.encodeStateAsUpdate(seeded)),
    });
    expect(created).toMatchObject({ ok: true });
    await waitUntil('the index lists it', () => indexEntry(reporter.doc, id)?.status === 'draft');
    expect(
      await requestReply(reporter, {
        op: 'create',
        id,
        document: encodeUpdate(Y.encodeStateAsUpdate(seeded)),
      }),
    ).toMatchObject({ ok: false, code: 'conflict' });

    const desk = connectDesk(url, newsroom.credentials.reporter, articleDocumentName(id), {
      doc: seeded,
    });
    const other = connectDesk(url, newsroom.credentials.editor, articleDocumentName(id));
    await synced(desk, other);
    expect(firstParagraph(other.doc)).toBe('Ce matin, Les prix baissent.');
    expect(firstParagraph(seeded)).toBe('Ce matin, Les prix baissent.');
    expect(await storedParagraph(newsroom.store, id)).toBe('Ce matin, Les prix baissent.');
  });

  it('refuses an article it does not have, and makes a trashed one read-only for every role', async () => {
    const newsroom = await startTestNewsroom();
    const { url } = newsroom.server;
    const id = newsroom.articleId;
    const missing = connectDesk(
      url,
      newsroom.credentials.chief_editor,
      articleDocumentName(randomUUID()),
    );
    await waitUntil('the unknown article refused', () => missing.refusal !== null);
    expect(missing.refusal).toBe('article_not_found');

    const reporter = connectDesk(url, newsroom.credentials.reporter, libraryDocumentName);
    const editor = connectDesk(url, newsroom.credentials.editor, libraryDocumentName);
    const writer = connectDesk(url, newsroom.credentials.editor, articleDocumentName(id));
    await synced(reporter, editor, writer);
    await requestReply(reporter, { op: 'setStatus', id, status: 'submitted', note: '' });
    expect(await requestReply(reporter, { op: 'trash', id })).toMatchObject({
      ok: false,
      code: 'not_allowed_for_role',
    });
    expect(await requestReply(editor, { op: 'trash', id })).toMatchObject({ ok: true });
    await waitUntil(
      'the index shows it trashed',
      () => indexEntry(reporter.doc, id)?.trashedAt !== null,
    );

    typeInFirstParagraph(writer.doc, 0, 'Jamais enregistré. ');
    const late = connectDesk(url, newsroom.credentials.chief_editor, articleDocumentName(id));
    await synced(late);
    expect(firstParagraph(late.doc)).toBe('Le niveau monte.');
    expect(await storedParagraph(newsroom.store, id)).toBe('Le niveau monte.');

    expect(await requestReply(editor, { op: 'restore', id })).toMatchObject({ ok: true });
    typeInFirstParagraph(writer.doc, 1000, ' Restauré.');
    await waitUntil('the edit after the restore reached the others', () =>
      firstParagraph(late.doc).endsWith('Restauré.'),
    );
  });
});
