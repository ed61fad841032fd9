import type { CopydeskApi } from '../../shared/ipc/api';
import type { SaveRequest, SaveResult } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import type { ArticleSummary } from '../../shared/model/article';
import { bridgeCall, copydeskBridge } from '../bridge/copydesk-bridge';
import { useLibraryStore } from '../library/library-store';

/** What the editor needs from the host; tests pass a fake. */
export interface EditorApi {
  articles: Pick<CopydeskApi['articles'], 'get' | 'save' | 'create' | 'setStatus'>;
  revisions: CopydeskApi['revisions'];
  /** A save that may outlive the page (browser mode's `fetch` keepalive). */
  saveKeepalive: (request: SaveRequest) => Promise<Result<SaveResult>>;
}

/** What the editor tells the article list. */
export interface LibraryPort {
  articleSaved: (summary: Partial<ArticleSummary> & { id: string }) => void;
  select: (id: string | null) => void;
  refresh: () => Promise<void>;
}

export const bridgeEditorApi = (): EditorApi => {
  const api = copydeskBridge();
  return {
    articles: api.articles,
    revisions: api.revisions,
    saveKeepalive: (request) => bridgeCall('articles:save', request, { keepalive: true }),
  };
};

let host: 'electron' | 'web' | undefined;
let asked = false;

/** Which host serves us, learned once from `app:info`; undefined until it answers. */
export const knownHost = (): 'electron' | 'web' | undefined => {
  if (!asked) {
    asked = true;
    void copydeskBridge()
      .app.info({})
      .then((result) => {
        if (result.ok) host = result.value.host;
      });
  }
  return host;
};

export const libraryStorePort = (): LibraryPort => useLibraryStore.getState();
