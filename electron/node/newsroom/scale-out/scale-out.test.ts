import { expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  articleDocumentName,
  libraryDocumentName,
} from '../../../../shared/newsroom/document-names';
import { IndexEntry, indexMapName } from '../../../../shared/newsroom/library-index';
import type { NewsroomRequest } from '../../../../shared/newsroom/newsroom-request';
import { NewsroomReply } from '../../../../shared/newsroom/newsroom-request';
import { describeWithServices } from '../postgres/testing/describe-with-services';
import type { TestDesk } from '../testing/connect-desk';
import { connectDesk } from '../testing/connect-desk';
import { spawnServer } from '../testing/spawn-server';
import { firstParagraph, typeInFirstParagraph } from '../testing/paragraph-typing';
import { waitUntil } from '../testing/wait-until';
import { connectFailoverDesk } from './testing/failover-desk';
import { scaleOutNewsroom, startInstance } from './testing/scale-out-newsroom';

const original = 'Le niveau monte.';

const entryIn = (desk: TestDesk, id: string): IndexEntry | null => {
  const parsed = IndexEntry.safeParse(desk.doc.getMap(indexMapName).get(id));
  return parsed.success ? parsed.data : null;
};

const ask = async (desk: TestDesk, request: NewsroomRequest): Promise<NewsroomReply> => {
  desk.provider.sendStateless(JSON.stringify(request));
  let reply: NewsroomReply | undefined;
  await waitUntil(`the reply to ${request.requestId}`, () => {
    reply = desk.stateless
      .map((payload) => NewsroomReply.safeParse(JSON.parse(payload)))
      .find((parsed) => parsed.success && parsed.data.requestId === request.requestId)?.data;
    return reply !== undefined;
  });
  return reply!;
};

const synced = (...desks: TestDesk[]) =>
  waitUntil('every desk synced', () => desks.every((desk) => desk.provider.synced));

describeWithServices('two newsroom instances on one PostgreSQL and one Redis', (services) => {
  it('converge while desks on different instances type in the same paragraph, and share presence', async () => {
    const newsroom = await scaleOutNewsroom(services());
    const [first, second] = await Promise.all([startInstance(newsroom), startInstance(newsroom)]);
    const name = articleDocumentName(newsroom.articleId);
    const awa = connectDesk(first.url, newsroom.credentials.reporter, name);
    const moussa = connectDesk(second.url, newsroom.credentials.editor, name);
    await synced(awa, moussa);
    expect(firstParagraph(awa.doc)).toBe(original);
    awa.provider.setAwarenessField('user', { name: 'Awa Diop', color: '#d33' });
    moussa.provider.setAwarenessField('user', { name: 'Moussa Traoré', color: '#33d' });
    for (let round = 0; round < 20; round += 1) {
      typeInFirstParagraph(awa.doc, round, 'a');
      typeInFirstParagraph(moussa.doc, 1000, 'm');
    }
    await waitUntil('both desks hold the same paragraph', () => {
      const text = firstParagraph(awa.doc);
      return text === firstParagraph(moussa.doc) && text.length === original.length + 40;
    });
    expect(firstParagraph(awa.doc).replaceAll('a', '').replaceAll('m', '')).toBe('Le niveu onte.');
    const names = (desk: TestDesk) =>
      [...desk.provider.awareness!.getStates().values()]
        .map((state) => (state['user'] as { name?: string } | undefined)?.name)
        .sort();
    await waitUntil('each desk sees the other’s presence', () =>
      [awa, moussa].every((desk) => names(desk).join() === 'Awa Diop,Moussa Traoré'),
    );
  });

  it('shows a move made on one instance in the other’s library, and refuses a reporter’s approval on both', async () => {
    const newsroom = await scaleOutNewsroom(services());
    const [first, second] = await Promise.all([startInstance(newsroom), startInstance(newsroom)]);
    const id = newsroom.articleId;
    const reporterOnFirst = connectDesk(
      first.url,
      newsroom.credentials.reporter,
      libraryDocumentName,
    );
    const reporterOnSecond = connectDesk(
      second.url,
      newsroom.credentials.reporter,
      libraryDocumentName,
    );
    const editorOnSecond = connectDesk(
      second.url,
      newsroom.credentials.editor,
      libraryDocumentName,
    );
    await synced(reporterOnFirst, reporterOnSecond, editorOnSecond);
    expect(entryIn(editorOnSecond, id)?.status).toBe('draft');

    const move = { op: 'setStatus', id, note: '' } as const;
    expect(
      await ask(reporterOnFirst, { ...move, requestId: 'submit', status: 'submitted' }),
    ).toMatchObject({ ok: true });
    await waitUntil(
      'the other instance’s library shows the move',
      () => entryIn(editorOnSecond, id)?.status === 'submitted',
    );
    expect(entryIn(editorOnSecond, id)?.moves.map((recorded) => recorded.by)).toEqual(['Awa Diop']);

    for (const [desk, requestId] of [
      [reporterOnFirst, 'approve-a'],
      [reporterOnSecond, 'approve-b'],
    ] as const) {
      expect(await ask(desk, { ...move, requestId, status: 'approved' })).toMatchObject({
        ok: false,
        code: 'not_allowed_for_role',
      });
    }
    expect(
      await ask(editorOnSecond, { ...move, requestId: 'approve', status: 'approved' }),
    ).toMatchObject({ ok: true });
    await waitUntil(
      'the first instance’s library shows the approval',
      () => entryIn(reporterOnFirst, id)?.status === 'approved',
    );
    expect((await newsroom.store.index()).get(id)?.status).toBe('approved');
  });

  it('turns the other instance’s connections to a trashed article read-only, and writable again once restored', async () => {
    const newsroom = await scaleOutNewsroom(services());
    const [first, second] = await Promise.all([startInstance(newsroom), startInstance(newsroom)]);
    const id = newsroom.articleId;
    const name = articleDocumentName(id);
    const editorOnFirst = connectDesk(first.url, newsroom.credentials.editor, libraryDocumentName);
    const libraryOnSecond = connectDesk(
      second.url,
      newsroom.credentials.chief_editor,
      libraryDocumentName,
    );
    const writerOnSecond = connectDesk(second.url, newsroom.credentials.reporter, name);
    const watcherOnFirst = connectDesk(first.url, newsroom.credentials.chief_editor, name);
    await synced(editorOnFirst, libraryOnSecond, writerOnSecond, watcherOnFirst);

    expect(await ask(editorOnFirst, { op: 'trash', requestId: 'trash', id })).toMatchObject({
      ok: true,
    });
    await waitUntil(
      'the second instance knows the article is trashed',
      () => entryIn(libraryOnSecond, id)?.trashedAt !== null,
    );
    typeInFirstParagraph(writerOnSecond.doc, 0, 'Z');
    // Sent after the letter on the same socket, and relayed: once the watcher sees it, the second
    // instance has long handled the letter.
    writerOnSecond.provider.setAwarenessField('marker', 'after Z');
    await waitUntil('the writer’s presence reaches the first instance', () =>
      [...watcherOnFirst.provider.awareness!.getStates().values()].some(
        (state) => state['marker'] === 'after Z',
      ),
    );
    const late = connectDesk(second.url, newsroom.credentials.chief_editor, name);
    await synced(late);
    expect(firstParagraph(late.doc)).toBe(original);
    expect(firstParagraph(watcherOnFirst.doc)).toBe(original);

    expect(await ask(editorOnFirst, { op: 'restore', requestId: 'restore', id })).toMatchObject({
      ok: true,
    });
    await waitUntil('the writer’s letter typed in the trash arrives once restored', () =>
      firstParagraph(watcherOnFirst.doc).includes('Z'),
    );
  });

  it('moves the desks of a SIGKILLed `copydesk serve` instance to the other one, losing nothing', async () => {
    const newsroom = await scaleOutNewsroom(services());
    const serve = ['--database', newsroom.database, '--redis', newsroom.redis, '--port', '0'];
    const [doomed, survivor] = await Promise.all([spawnServer(serve), spawnServer(serve)]);
    const name = articleDocumentName(newsroom.articleId);
    const awa = connectFailoverDesk(
      [doomed.url, survivor.url],
      newsroom.credentials.reporter,
      name,
    );
    const moussa = connectDesk(survivor.url, newsroom.credentials.editor, name);
    await synced(awa, moussa);
    const typed = { awa: 0, moussa: 0 };
    const typeRound = () => {
      typeInFirstParagraph(awa.doc, 0, 'a');
      typeInFirstParagraph(moussa.doc, 1000, 'm');
      typed.awa += 1;
      typed.moussa += 1;
    };
    for (let round = 0; round < 10; round += 1) {
      typeRound();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    doomed.child.kill('SIGKILL');
    await doomed.exited;
    for (let round = 0; round < 10; round += 1) {
      typeRound();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const complete = (text: string) =>
      [...text].filter((letter) => letter === 'a').length === typed.awa + 1 &&
      [...text].filter((letter) => letter === 'm').length === typed.moussa + 1;
    await waitUntil(
      'the moved desk and the other one converge with every letter',
      () =>
        firstParagraph(awa.doc) === firstParagraph(moussa.doc) && complete(firstParagraph(awa.doc)),
      20_000,
    );
    // Stopping the survivor stores what it holds: the database has every letter too.
    survivor.child.kill('SIGTERM');
    expect(await survivor.exited).toBe(0);
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await newsroom.store.loadArticle(newsroom.articleId))!);
    expect(firstParagraph(stored)).toBe(firstParagraph(awa.doc));
  });
});
