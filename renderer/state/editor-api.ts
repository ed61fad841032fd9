import type { CopydeskApi } from '../../shared/ipc/api';
import type { SaveRequest, SaveResult } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import type { ArticleSummary } from '../../shared/model/article';
import { bridgeCall, copydeskBridge } from '../bridge/copydesk-bridge';

/** What the editor needs from the host; tests pass a fake. */
export interface EditorApi {
  articles: Pick<CopydeskApi['articles'], 'get' | 'save' | 'create' | 'setStatus' | 'confirmMove'>;
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
