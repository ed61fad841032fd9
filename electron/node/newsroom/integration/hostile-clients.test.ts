import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  articleDocumentName,
  libraryDocumentName,
} from '../../../../shared/newsroom/document-names';
import { connectDesk } from '../testing/connect-desk';
import { firstParagraph, typeInFirstParagraph } from '../testing/paragraph-typing';
import {
  authMessage,
  openRawSocket,
  receivedDocumentClose,
  updateMessage,
} from '../testing/raw-socket';
import { derivedText, storedParagraph } from '../testing/stored-article';
import { startTestNewsroom } from '../testing/test-newsroom';
import { waitUntil } from '../testing/wait-until';

/** An update that inserts `text` into the article's first paragraph, made on a copy of `doc`. */
const insertionUpdate = (doc: Y.Doc, text: string): Uint8Array => {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(copy);
  typeInFirstParagraph(copy, 0, text);
  return Y.encodeStateAsUpdate(copy, before);
};

const healthy = async (httpUrl: string): Promise<boolean> => (await fetch(`${httpUrl}/health`)).ok;

describe('newsroom server: hostile clients', () => {
  it('survives garbage, a truncated and a malformed update; the document stays intact', async () => {
    const newsroom = await startTestNewsroom();
    const { url, httpUrl } = newsroom.server;
    const name = articleDocumentName(newsroom.articleId);
    const awa = connectDesk(url, newsroom.credentials.reporter, name);
    await waitUntil('Awa synced', () => awa.provider.synced);

    const garbage = await openRawSocket(url);
    garbage.send(randomBytes(512));
    await waitUntil('the garbage socket closed', () => garbage.closed !== null);

    const update = insertionUpdate(awa.doc, 'Texte piégé qui ne doit jamais entrer. ');
    const hostileUpdates = [
      update.slice(0, Math.floor(update.length / 2)),
      update.slice(0, update.length - 3),
      randomBytes(200),
    ];
    for (const hostile of hostileUpdates) {
      const raw = await openRawSocket(url);
      raw.send(authMessage(name, newsroom.credentials.editor));
      await waitUntil('authenticated', () => raw.received.length > 0);
      raw.send(updateMessage(name, hostile));
      await waitUntil('its connection to the article closed', () => receivedDocumentClose(raw));
    }

    const moussa = connectDesk(url, newsroom.credentials.editor, name);
    await waitUntil('Moussa synced', () => moussa.provider.synced);
    typeInFirstParagraph(awa.doc, 1000, ' Toujours là.');
    await waitUntil('Moussa sees Awa’s typing', () =>
      firstParagraph(moussa.doc).endsWith('Toujours là.'),
    );
    expect(firstParagraph(moussa.doc)).toBe('Le niveau monte. Toujours là.');
    expect(await healthy(httpUrl)).toBe(true);
    await waitUntil('stored', async () =>
      (await storedParagraph(newsroom.store, newsroom.articleId)).endsWith('Toujours là.'),
    );
    await newsroom.server.close();
    await newsroom.store.close();
    expect(derivedText(newsroom.folder, newsroom.articleId)).toBe('Le niveau monte. Toujours là.');
  });

  it('closes a socket sending an oversized frame, and a connection sending an oversized update', async () => {
    const newsroom = await startTestNewsroom({
      maxPayloadBytes: 64 * 1024,
      maxUpdateBytes: 16 * 1024,
    });
    const { url, httpUrl } = newsroom.server;
    const name = articleDocumentName(newsroom.articleId);
    const awa = connectDesk(url, newsroom.credentials.reporter, name);
    await waitUntil('Awa synced', () => awa.provider.synced);

    const flooding = await openRawSocket(url);
    flooding.send(randomBytes(100 * 1024));
    await waitUntil('the oversized frame closed its socket', () => flooding.closed !== null);
    expect(flooding.closed?.code).toBe(1009);

    const large = await openRawSocket(url);
    large.send(authMessage(name, newsroom.credentials.editor));
    await waitUntil('authenticated', () => large.received.length > 0);
    large.send(updateMessage(name, insertionUpdate(awa.doc, 'x'.repeat(32 * 1024))));
    await waitUntil('its connection to the article closed', () => receivedDocumentClose(large));
    typeInFirstParagraph(awa.doc, 1000, ' Suite.');
    await waitUntil('Awa’s edit stored', async () =>
      (await storedParagraph(newsroom.store, newsroom.articleId)).endsWith('Suite.'),
    );
    expect(await storedParagraph(newsroom.store, newsroom.articleId)).toBe(
      'Le niveau monte. Suite.',
    );
    expect(firstParagraph(awa.doc)).toBe('Le niveau monte. Suite.');
    expect(await healthy(httpUrl)).toBe(true);
  });

  it('counts sockets per address before authentication, and frees a place when one closes', async () => {
    const newsroom = await startTestNewsroom({ maxConnectionsPerAddress: 5 });
    const { url } = newsroom.server;
    const sockets = await Promise.all([1, 2, 3, 4, 5].map(() => openRawSocket(url)));
    await expect(openRawSocket(url)).rejects.toThrow('refused: 503');
    sockets[0]!.socket.close();
    await waitUntil('a place freed', async () => {
      try {
        await openRawSocket(url);
        return true;
      } catch {
        return false;
      }
    });
  });

  it('refuses sockets past the total limit, whatever their address', async () => {
    const newsroom = await startTestNewsroom({ maxConnections: 3 });
    const { url } = newsroom.server;
    await Promise.all([1, 2, 3].map(() => openRawSocket(url)));
    await expect(openRawSocket(url)).rejects.toThrow('refused: 503');
  });

  it('closes a socket that does not authenticate in time, not one that did', async () => {
    const newsroom = await startTestNewsroom({ authenticationTimeoutMs: 300 });
    const { url } = newsroom.server;
    const silent = await openRawSocket(url);
    const desk = connectDesk(url, newsroom.credentials.reporter, libraryDocumentName);
    await waitUntil('the silent socket closed', () => silent.closed !== null);
    expect(silent.closed).toEqual({ code: 4408, reason: 'authentication-timeout' });
    await waitUntil('the desk synced', () => desk.provider.synced);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(desk.closes).toEqual([]);
  });

  it('cuts a client that stops reading, and the others carry on', async () => {
    const newsroom = await startTestNewsroom({ maxBufferedBytes: 256 * 1024 });
    const { url } = newsroom.server;
    const name = articleDocumentName(newsroom.articleId);
    const awa = connectDesk(url, newsroom.credentials.reporter, name);
    const moussa = connectDesk(url, newsroom.credentials.editor, name);
    await waitUntil('both synced', () => awa.provider.synced && moussa.provider.synced);
    const stalled = await openRawSocket(url);
    stalled.send(authMessage(name, newsroom.credentials.chief_editor));
    await waitUntil('authenticated', () => stalled.received.length > 0);
    stalled.socket.pause();
    // Presence is broadcast to every connection of the document and never stored: 12 MB of it
    // fill the loopback buffers and then the server's own.
    for (let round = 0; round < 24; round += 1) {
      awa.provider.setAwarenessField('note', `${round}${'x'.repeat(512 * 1024)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    typeInFirstParagraph(awa.doc, 1000, ' Fin.');
    await waitUntil('Moussa sees the typing', () => firstParagraph(moussa.doc).endsWith('Fin.'));
    stalled.socket.resume();
    await waitUntil('the stalled socket was cut', () => stalled.closed !== null);
    expect(stalled.closed?.code).toBe(1006);
  });
});
