import type { Channel } from '../../../shared/ipc/channels';
import type { Request, Response } from '../../../shared/ipc/contract';

/**
 * The articles a successful call changed: a list of ids, `[]` for "the whole library" (another
 * library opened, the trash emptied), or null when the call changed nothing another window
 * shows. Every channel must say, so a new write cannot forget to announce itself.
 */
type ChangedBy<C extends Channel> =
  ((request: Request<C>, response: Response<C>) => string[] | null) | null;

const sameArticle = ({ id }: { id: string }): string[] => [id];
const chosen = <T>(response: T | null, ids: (value: T) => string[] | null): string[] | null =>
  response === null ? null : ids(response);

export const changedArticleIds: { [C in Channel]: ChangedBy<C> } = {
  'app:info': null,
  'settings:get': null,
  'settings:update': null,
  'library:info': null,
  'library:stats': null,
  'library:facets': null,
  'library:recent': null,
  'library:open': (_request, info) => chosen(info, () => []),
  'library:create': (_request, info) => chosen(info, () => []),
  'library:backup': null,
  'library:compact': null,
  'articles:list': null,
  'articles:get': null,
  'articles:create': (_request, article) => [article.id],
  'articles:save': sameArticle,
  'articles:document': null,
  /** Announced once derived (`Library.onArticlesDerived`), not on every keystroke. */
  'articles:update': null,
  'articles:setStatus': sameArticle,
  'articles:trash': sameArticle,
  'articles:restore': sameArticle,
  'articles:emptyTrash': (_request, { deleted }) => (deleted > 0 ? [] : null),
  'articles:statusLog': null,
  'articles:resolveConflict': sameArticle,
  'articles:heldMoves': null,
  'articles:confirmMove': sameArticle,
  'keys:list': null,
  // Trusting a key may apply held moves of any article.
  'keys:trust': () => [],
  'keys:revoke': null,
  'revisions:list': null,
  'revisions:get': null,
  'revisions:name': sameArticle,
  'revisions:restore': sameArticle,
  'shell:openExternal': null,
  'assets:add': null,
  'export:start': null,
  'export:progress': null,
  'export:cancel': null,
  'export:showFolder': null,
  'export:pdf': null,
  'import:files': (_request, outcome) => importedIds(outcome),
  'import:choose': (_request, outcome) => chosen(outcome, importedIds),
  'packages:send': (request, sent) => chosen(sent, () => [request.id]),
  'newsroom:connect': null,
  'newsroom:share': null,
  'newsroom:disconnect': null,
  'newsroom:state': null,
  'newsroom:awareness': null,
  'wordpress:saveSite': null,
  'wordpress:removeSite': null,
  'wordpress:checkConnection': null,
  'outbox:publish': null,
  'outbox:correct': null,
  'outbox:list': null,
  'outbox:cancel': null,
  'outbox:retry': null,
  'outbox:featuredImage': null,
  'outbox:chooseFeaturedImage': null,
  'outbox:confirmOverwrite': null,
  'outbox:remoteEdit': null,
  // Wire items are not articles: reading one changes nothing another window lists.
  'wire:list': null,
  'wire:get': null,
  'wire:markRead': null,
  'wire:take': (_request, article) => [article.id],
  'wire:source': null,
  'wire:dropFolder': null,
};

function importedIds({ created, packages }: Response<'import:files'>): string[] | null {
  const ids = [...created, ...packages].map(({ id }) => id);
  return ids.length > 0 ? ids : null;
}
