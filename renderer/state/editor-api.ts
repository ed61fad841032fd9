import type { CopydeskApi } from '../../shared/ipc/api';
import type { ArticleUpdateRequest, ArticleUpdateResult } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import type { ArticleSummary } from '../../shared/model/article';
import { bridgeCall, copydeskBridge } from '../bridge/copydesk-bridge';

/** What the editor needs from the host; tests pass a fake. */
export interface EditorApi {
  articles: Pick<
    CopydeskApi['articles'],
    'get' | 'document' | 'update' | 'save' | 'create' | 'setStatus' | 'confirmMove'
  >;
  revisions: CopydeskApi['revisions'];
  /** An update that may outlive the page (browser mode's `fetch` keepalive). */
  updateKeepalive: (request: ArticleUpdateRequest) => Promise<Result<ArticleUpdateResult>>;
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
    updateKeepalive: (request) => bridgeCall('articles:update', request, { keepalive: true }),
  };
};

const noLibrary: LibraryPort = {
  articleSaved: () => undefined,
  select: () => undefined,
  refresh: () => Promise.resolve(),
};
let connected: () => LibraryPort = () => noLibrary;

/** The article list plugs itself in here: state/ imports no feature folder. */
export const connectLibraryPort = (port: () => LibraryPort): void => {
  connected = port;
};

export const connectedLibrary = (): LibraryPort => connected();

/** The host's events an open article follows: other editors' updates, and a dropped stream. */
export const articleEvents = (): Pick<
  CopydeskApi['events'],
  'onArticleUpdated' | 'onLibraryChanged'
> => copydeskBridge().events;
