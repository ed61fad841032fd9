import { onTestFinished } from 'vitest';
import type { Role } from '../../../../../shared/model/role';
import { openLibrary } from '../../../library/open-library';
import { paragraphs } from '../../../library/testing/open-test-library';
import { temporaryFolder } from '../../../library/testing/temporary-folder';
import { openLibraryNewsroomStore } from '../../library-store/open-library-newsroom-store';
import type { NewsroomStore } from '../newsroom-store';
import type { ServerLimits } from '../server-limits';
import type { NewsroomServer } from '../start-newsroom-server';
import { startNewsroomServer } from '../start-newsroom-server';

export interface TestNewsroom {
  readonly folder: string;
  readonly articleId: string;
  readonly store: NewsroomStore;
  readonly server: NewsroomServer;
  /** A joined account's credential for each role. */
  readonly credentials: Record<Role, string>;
}

/** A library folder holding one article, its body one paragraph. */
export const libraryWithArticle = (folder = temporaryFolder()) => {
  const library = openLibrary(folder, { create: true });
  try {
    const article = library.create(
      { headline: 'Crue du fleuve à Kayes', body: paragraphs('Le niveau monte.') },
      { name: 'Awa Diop', role: 'reporter' },
    );
    return { folder, articleId: article.id };
  } finally {
    library.close();
  }
};

/** Adds an account and joins it, as `copydesk users add` then a desk's POST /join would. */
export const joinedCredential = async (
  store: NewsroomStore,
  name: string,
  role: Role,
): Promise<string> => {
  const { invitation } = await store.accounts.add(name, role);
  const redeemed = await store.accounts.redeem(invitation);
  if (redeemed === null) throw new Error('The invitation was refused.');
  return redeemed.credential;
};

/**
 * A newsroom server on a free loopback port, over a new library with one article and three
 * joined accounts (reporter, editor, chief editor); stopped when the test ends.
 */
export const startTestNewsroom = async (
  limits: Partial<ServerLimits> = {},
): Promise<TestNewsroom> => {
  const { folder, articleId } = libraryWithArticle();
  const store = openLibraryNewsroomStore(folder);
  const credentials = {
    reporter: await joinedCredential(store, 'Awa Diop', 'reporter'),
    editor: await joinedCredential(store, 'Moussa Traoré', 'editor'),
    chief_editor: await joinedCredential(store, 'Fatou Sarr', 'chief_editor'),
  };
  const server = await startNewsroomServer({ store, host: '127.0.0.1', port: 0, limits });
  onTestFinished(async () => {
    await server.close();
    await store.close();
  });
  return { folder, articleId, store, server, credentials };
};
