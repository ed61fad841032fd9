import { encodeUpdate } from '../../../shared/collab/update-encoding';
import type { HandlerTable } from '../dispatch';
import { withLibraryEvents } from '../events/with-library-events';
import { createAppHandlers } from './app-handlers';
import { createArticleHandlers } from './article-handlers';
import { createAssetHandlers } from './asset-handlers';
import { createExportHandlers } from './export-handlers';
import type { HostContext } from './host-context';
import { createImportHandlers } from './import-handlers';
import { createLibraryHandlers } from './library-handlers';
import { createPackageHandlers } from './package-handlers';
import { createPdfHandlers } from './pdf-handlers';
import { announceRemotePresence, createPresenceHandlers } from './presence-handlers';
import { createProviderPresenceRelay } from '../../node/newsroom/presence/provider-presence-relay';
import { createPublishingHandlers } from './publishing-handlers';
import { createOutboxRunner } from '../publishing/outbox-runner';
import { createRevisionHandlers } from './revision-handlers';
import { createSettingsHandlers } from './settings-handlers';
import { createShareHandlers } from './share-handlers';
import { createTrustHandlers } from './trust-handlers';
import { createNewsroomHandlers } from './newsroom-handlers';
import { NewsroomService } from '../newsroom/newsroom-service';
import { withNewsroomRequests } from '../newsroom/with-newsroom-requests';
import { createWireHandlers } from './wire-handlers';
import { createWireDropFolderRunner } from '../wire/wire-drop-folder-runner';
import { createImporter } from '../../node/import/worker/create-importer';

/**
 * The one handler table both hosts register: every contract channel onto the services, each
 * library write announced on `context.events`; an editor's updates reach the list once derived.
 */
export const createHandlers = (context: HostContext): HandlerTable => {
  context.session.onDocumentUpdate(({ articleId, update, origin }) =>
    context.events.emit({
      name: 'article:updated',
      payload: { id: articleId, update: encodeUpdate(update), origin },
    }),
  );
  context.session.onArticlesDerived((articleIds) =>
    context.events.emit({ name: 'library:changed', payload: { articleIds } }),
  );
  context.session.onPublishJobChanged((job) =>
    context.events.emit({ name: 'outbox:changed', payload: { job } }),
  );
  // The replica attaches its article connections to it; without one it shares nothing.
  const presence = createProviderPresenceRelay();
  announceRemotePresence(presence, context.events);
  const newsroom = new NewsroomService({
    session: context.session,
    events: context.events,
    credentials: context.newsroomCredentials,
    presence,
  });
  const runner = createOutboxRunner(context);
  const dropFolder = createWireDropFolderRunner(context, createImporter());
  const local: HandlerTable = {
    ...createAppHandlers(context),
    ...createSettingsHandlers(context),
    ...createLibraryHandlers(context),
    ...createArticleHandlers(context),
    ...createRevisionHandlers(context),
    ...createAssetHandlers(context),
    ...createExportHandlers(context),
    ...createImportHandlers(context),
    ...createPdfHandlers(context),
    ...createPackageHandlers(context),
    ...createTrustHandlers(context),
    ...createNewsroomHandlers(newsroom),
    ...createShareHandlers(context),
    ...createPresenceHandlers(presence),
    ...createPublishingHandlers(context, runner),
    ...createWireHandlers(context, dropFolder),
  };
  return withLibraryEvents(withNewsroomRequests(local, newsroom), context.events);
};
