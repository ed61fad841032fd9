import type { HandlerTable } from '../dispatch';
import { typographyProfiles } from '../../../shared/text/typography-profile';
import type { HostContext } from './host-context';
import { signedActor } from './signed-actor';
import type { WireDropFolderRunner } from '../wire/wire-drop-folder-runner';

type WireHandlers = Pick<
  HandlerTable,
  'wire:list' | 'wire:get' | 'wire:markRead' | 'wire:take' | 'wire:source' | 'wire:dropFolder'
>;

export const createWireHandlers = (
  context: HostContext,
  dropFolder: WireDropFolderRunner,
): WireHandlers => ({
  'wire:list': (query) => context.session.current().wire.list(query),
  'wire:get': ({ id }) => context.session.current().wire.get(id),
  'wire:markRead': ({ id }) => {
    context.session.current().wire.markRead(id);
    return { id };
  },
  'wire:take': ({ id }) =>
    context.session
      .current()
      .wire.take(
        id,
        signedActor(context),
        typographyProfiles[context.settings.get().typographyProfile],
      ),
  'wire:source': ({ id }) => context.session.current().wire.sourceOf(id),
  // The path only ever comes from a native dialog, never from the page.
  'wire:dropFolder': async ({ clear }) => {
    const folder = clear ? null : await context.dialogs.chooseFolder('wire-drop');
    if (folder === null && !clear) return { folder: context.settings.get().wireDropFolder };
    context.settings.update({ wireDropFolder: folder });
    void dropFolder.look();
    return { folder };
  },
});
