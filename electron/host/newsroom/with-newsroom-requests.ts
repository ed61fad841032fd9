import type { HandlerTable } from '../dispatch';
import type { NewsroomService } from './newsroom-service';

/**
 * The local writes a newsroom server decides (create, status, trash, restore): done locally first,
 * so the desk works offline, then sent to the server, which may refuse and restore its state.
 */
export const withNewsroomRequests = (
  handlers: HandlerTable,
  newsroom: NewsroomService,
): HandlerTable => ({
  ...handlers,
  'articles:create': async (draft) => {
    const article = await handlers['articles:create'](draft);
    newsroom.forward({ op: 'create', id: article.id });
    return article;
  },
  'articles:setStatus': async (request) => {
    const article = await handlers['articles:setStatus'](request);
    newsroom.forward({
      op: 'setStatus',
      id: article.id,
      status: article.status,
      note: request.note,
    });
    return article;
  },
  'articles:trash': async (request) => {
    const trashed = await handlers['articles:trash'](request);
    newsroom.forward({ op: 'trash', id: request.id });
    return trashed;
  },
  'articles:restore': async (request) => {
    const article = await handlers['articles:restore'](request);
    newsroom.forward({ op: 'restore', id: request.id });
    return article;
  },
});
