import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../../shared/errors/error-code';
import type { SettingsStore } from '../settings/settings-store';
import type { PublishJob } from '../../../shared/wordpress/publish-job';
import type { Library } from './library';
import type { StoredDocumentUpdate } from './documents/article-documents';

export type OpenLibrary = (folder: string, options: { create: boolean }) => Library;

export const maximumRecentLibraries = 10;

const canonicalFolder = (folder: string): string => {
  try {
    return realpathSync(folder);
  } catch {
    return resolve(folder);
  }
};

/** The library a host has open: at most one at a time, remembered in the settings. */
export class LibrarySession {
  #library: Library | null = null;
  #unsubscribe: () => void = () => undefined;
  readonly #documentListeners = new Set<(update: StoredDocumentUpdate) => void>();
  readonly #derivedListeners = new Set<(articleIds: string[]) => void>();
  readonly #openedListeners = new Set<(library: Library | null) => void>();
  readonly #jobListeners = new Set<(job: PublishJob) => void>();

  constructor(
    private readonly settings: SettingsStore,
    private readonly openLibrary: OpenLibrary,
  ) {}

  current(): Library {
    if (!this.#library) throw new AppError('unavailable', 'No library is open');
    return this.#library;
  }

  currentOrNull(): Library | null {
    return this.#library;
  }

  /**
   * The new library is opened before the previous one is closed, so a folder that fails to open
   * leaves the user in the library they had.
   */
  open(folder: string, options: { create: boolean }): Library {
    const previous = this.#library;
    if (previous && canonicalFolder(previous.path) === canonicalFolder(folder)) return previous;
    const library = this.openLibrary(folder, options);
    this.#unsubscribe();
    for (const listener of this.#openedListeners) listener(library);
    previous?.close();
    this.#library = library;
    const unsubscribeUpdates = library.onDocumentUpdate((update) => {
      for (const listener of this.#documentListeners) listener(update);
    });
    const unsubscribeDerived = library.onArticlesDerived((articleIds) => {
      for (const listener of this.#derivedListeners) listener(articleIds);
    });
    const unsubscribeJobs = library.outbox.onJobChanged((job) => {
      for (const listener of this.#jobListeners) listener(job);
    });
    this.#unsubscribe = () => {
      unsubscribeUpdates();
      unsubscribeDerived();
      unsubscribeJobs();
    };
    this.remember(library.path);
    return library;
  }

  /** Every document update the open library (whichever it is) stored; returns the unsubscribe. */
  onDocumentUpdate(listener: (update: StoredDocumentUpdate) => void): () => void {
    this.#documentListeners.add(listener);
    return () => this.#documentListeners.delete(listener);
  }

  /** Every derivation of the open library (whichever it is); returns the unsubscribe. */
  onArticlesDerived(listener: (articleIds: string[]) => void): () => void {
    this.#derivedListeners.add(listener);
    return () => this.#derivedListeners.delete(listener);
  }

  /** Every publishing job the open library queued or moved on; returns the unsubscribe. */
  onPublishJobChanged(listener: (job: PublishJob) => void): () => void {
    this.#jobListeners.add(listener);
    return () => this.#jobListeners.delete(listener);
  }

  /**
   * Told of each library the session opens, before the previous one closes, and of null when the
   * session closes; returns the unsubscribe.
   */
  onOpened(listener: (library: Library | null) => void): () => void {
    this.#openedListeners.add(listener);
    return () => this.#openedListeners.delete(listener);
  }

  close(): void {
    for (const listener of this.#openedListeners) listener(null);
    this.#unsubscribe();
    this.#unsubscribe = () => undefined;
    const library = this.#library;
    this.#library = null;
    library?.close();
  }

  private remember(path: string): void {
    const others = this.settings.get().recentLibraries.filter((recent) => recent !== path);
    this.settings.update({
      lastLibrary: path,
      recentLibraries: [path, ...others].slice(0, maximumRecentLibraries),
    });
  }
}
