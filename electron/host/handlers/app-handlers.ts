import type { HandlerTable } from '../dispatch';
import type { HostContext, HostNotice } from './host-context';

type AppHandlers = Pick<HandlerTable, 'app:info' | 'shell:openExternal'>;

const readOnlyNotice = (context: HostContext): HostNotice[] => {
  const library = context.session.currentOrNull();
  if (!library) return [];
  const info = library.info();
  if (!info.readOnly) return [];
  const reason = info.readOnlyReason ?? 'The library cannot be written to.';
  return [{ code: 'library_read_only', message: `The library opened read-only. ${reason}` }];
};

const withoutDuplicates = (notices: HostNotice[]): HostNotice[] => {
  const seen = new Set<string>();
  return notices.filter((notice) => {
    const key = `${notice.code}\n${notice.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

export const createAppHandlers = (context: HostContext): AppHandlers => ({
  'app:info': () => ({
    version: context.version,
    host: context.host,
    platform: context.platform,
    saveFolder: context.dialogs.saveFolder ?? null,
    notices: withoutDuplicates([
      ...context.settings.notices.map(({ code, message }) => ({ code, message })),
      ...context.notices(),
      ...readOnlyNotice(context),
    ]),
  }),
  'shell:openExternal': async ({ url }) => ({ opened: await context.openExternal(url) }),
});
