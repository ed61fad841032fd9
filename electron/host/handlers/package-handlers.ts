import { AppError } from '../../../shared/errors/error-code';
import type { HandlerTable } from '../dispatch';
import type { Library } from '../../node/library/library';
import { packageFileName } from '../../node/package/package-file-name';
import { sendPackage } from '../../node/package/send-package';
import { sentVersionName } from '../../node/package/sent-version-name';
import { actorFromSettings } from './actor-from-settings';
import type { HostContext } from './host-context';

const writable = (library: Library): Library => {
  const { readOnly, readOnlyReason } = library.info();
  if (readOnly)
    throw new AppError('read_only', readOnlyReason ?? 'The library cannot be written to.');
  return library;
};

export const createPackageHandlers = (
  context: HostContext,
): Pick<HandlerTable, 'packages:send' | 'articles:resolveConflict'> => ({
  'packages:send': async ({ id, recipient }) => {
    const path = await sendPackage(writable(context.session.current()), id, {
      actor: actorFromSettings(context.settings),
      appVersion: context.version,
      now: new Date(),
      chooseTarget: (built) =>
        context.dialogs.chooseSaveFile('package', packageFileName(built.slug)),
      versionName: sentVersionName(context.settings.get().uiLanguage, recipient),
    });
    return path === null ? null : { path };
  },
  'articles:resolveConflict': (request) => context.session.current().resolveConflict(request),
});
