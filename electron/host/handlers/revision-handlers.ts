import type { HandlerTable } from '../dispatch';
import { actorFromSettings } from './actor-from-settings';
import type { HostContext } from './host-context';

type RevisionHandlers = Pick<
  HandlerTable,
  'revisions:list' | 'revisions:get' | 'revisions:name' | 'revisions:restore'
>;

export const createRevisionHandlers = ({ session, settings }: HostContext): RevisionHandlers => ({
  'revisions:list': ({ id }) => session.current().listRevisions(id),
  'revisions:get': ({ id, revisionId }) => session.current().getRevision(id, revisionId),
  'revisions:name': ({ id, name }) =>
    session.current().nameRevision(id, name, actorFromSettings(settings)),
  'revisions:restore': (request) =>
    session.current().restoreRevision(request, actorFromSettings(settings)),
});
