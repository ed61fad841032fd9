import { decodeUpdate } from '../../../shared/collab/update-encoding';
import { readinessPolicy } from '../../../shared/workflow/readiness-policy';
import type { HandlerTable } from '../dispatch';
import { actorFromSettings } from './actor-from-settings';
import { signedActor } from './signed-actor';
import type { HostContext } from './host-context';

type ArticleHandlers = Pick<
  HandlerTable,
  | 'articles:list'
  | 'articles:get'
  | 'articles:create'
  | 'articles:save'
  | 'articles:document'
  | 'articles:update'
  | 'articles:setStatus'
  | 'articles:trash'
  | 'articles:restore'
  | 'articles:emptyTrash'
  | 'articles:statusLog'
>;

export const createArticleHandlers = (context: HostContext): ArticleHandlers => {
  const { session, settings } = context;
  return {
    'articles:list': (query) => session.current().list(query),
    'articles:get': ({ id }) => session.current().get(id),
    'articles:create': (draft) => session.current().create(draft, signedActor(context)),
    'articles:save': (request) => session.current().save(request, actorFromSettings(settings)),
    'articles:document': ({ id }) => session.current().document(id),
    'articles:update': ({ id, update, origin }) =>
      session
        .current()
        .applyUpdate({ id, update: decodeUpdate(update), origin }, actorFromSettings(settings)),
    'articles:setStatus': (request) =>
      session.current().setStatus(request, signedActor(context), readinessPolicy(settings.get())),
    'articles:trash': ({ id }) => {
      session.current().trash(id);
      return { id };
    },
    'articles:restore': ({ id }) => session.current().restore(id),
    'articles:emptyTrash': () => ({ deleted: session.current().emptyTrash() }),
    'articles:statusLog': ({ id }) => session.current().statusLog(id),
  };
};
