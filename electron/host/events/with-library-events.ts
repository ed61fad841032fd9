import { channels, type Channel } from '../../../shared/ipc/channels';
import type { Request, Response } from '../../../shared/ipc/contract';
import type { Handler, HandlerTable } from '../dispatch';
import { changedArticleIds } from './changed-article-ids';
import type { HostEvents } from './host-events';

function announcing<C extends Channel>(
  channel: C,
  handler: Handler<C>,
  events: HostEvents,
): Handler<C> {
  const changed = changedArticleIds[channel] as
    ((request: Request<C>, response: Response<C>) => string[] | null) | null;
  if (changed === null) return handler;
  return async (request) => {
    const response = await handler(request);
    const articleIds = changed(request, response);
    if (articleIds !== null) events.emit({ name: 'library:changed', payload: { articleIds } });
    return response;
  };
}

/**
 * The handler table with every library write announced as `library:changed` once it succeeded,
 * so each host only has to forward the events (to its windows, to its event stream).
 */
export function withLibraryEvents(handlers: HandlerTable, events: HostEvents): HandlerTable {
  const wrapped: Partial<Record<Channel, unknown>> = {};
  for (const channel of channels) {
    wrapped[channel] = announcing(channel, handlers[channel] as Handler<typeof channel>, events);
  }
  return wrapped as HandlerTable;
}
