import https from 'node:https';
import { describe, expect, it } from 'vitest';
import { JoinReply } from '../../../../shared/newsroom/newsroom-account';
import { articleDocumentName } from '../../../../shared/newsroom/document-names';
import { connectDesk } from '../testing/connect-desk';
import { firstParagraph } from '../testing/paragraph-typing';
import { testCertificate } from '../testing/test-certificate';
import { startTestNewsroom } from '../testing/test-newsroom';
import { waitUntil } from '../testing/wait-until';

const post = (url: string, body: string) =>
  fetch(url, { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });

describe('newsroom server: joining', () => {
  it('exchanges an invitation once for a credential that connects', async () => {
    const newsroom = await startTestNewsroom();
    const { invitation } = await newsroom.store.accounts.add('Khady Ba', 'editor');
    const joined = await post(`${newsroom.server.httpUrl}/join`, JSON.stringify({ invitation }));
    expect(joined.status).toBe(200);
    const reply = JoinReply.parse(await joined.json());
    expect(reply).toEqual({
      credential: expect.stringMatching(/^cdc_/) as string,
      account: { name: 'Khady Ba', role: 'editor' },
      libraryId: newsroom.store.libraryId,
    });
    const again = await post(`${newsroom.server.httpUrl}/join`, JSON.stringify({ invitation }));
    expect(again.status).toBe(403);
    expect(await again.json()).toMatchObject({ error: 'invitation_refused' });

    const desk = connectDesk(
      newsroom.server.url,
      reply.credential,
      articleDocumentName(newsroom.articleId),
    );
    await waitUntil('the new desk synced', () => desk.provider.synced);
    expect(firstParagraph(desk.doc)).toBe('Le niveau monte.');
  });

  it('answers a malformed or oversized join, and an unknown route, without trouble', async () => {
    const newsroom = await startTestNewsroom();
    const { httpUrl } = newsroom.server;
    expect((await post(`${httpUrl}/join`, 'not json')).status).toBe(400);
    expect((await post(`${httpUrl}/join`, JSON.stringify({ invitation: 'short' }))).status).toBe(
      400,
    );
    expect(
      (await post(`${httpUrl}/join`, JSON.stringify({ invitation: 'x'.repeat(10_000) }))).status,
    ).toBe(413);
    expect((await fetch(`${httpUrl}/admin`)).status).toBe(404);
    expect((await fetch(`${httpUrl}/health`)).status).toBe(200);
  });
});

describe('newsroom server over TLS', () => {
  it('serves wss:// and https:// with the given certificate', async () => {
    const certificate = testCertificate();
    const newsroom = await startTestNewsroom({}, certificate);
    expect(newsroom.server.url).toMatch(/^wss:\/\/127\.0\.0\.1:\d+$/);
    const health = await new Promise<number>((resolve, reject) => {
      https
        .get(`${newsroom.server.httpUrl}/health`, { ca: certificate.cert }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        })
        .on('error', reject);
    });
    expect(health).toBe(200);
    const desk = connectDesk(
      newsroom.server.url,
      newsroom.credentials.reporter,
      articleDocumentName(newsroom.articleId),
      { trust: certificate.cert },
    );
    await waitUntil('the desk synced over TLS', () => desk.provider.synced);
    expect(firstParagraph(desk.doc)).toBe('Le niveau monte.');
  });
});
