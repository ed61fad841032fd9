import { AppError } from '../../../shared/errors/error-code';
import type { HandlerTable } from '../dispatch';
import type { HostContext } from './host-context';

type ShareHandlers = Pick<HandlerTable, 'newsroom:share'>;

/** Sharing the open library, where the host can (Electron); browser mode runs `copydesk serve`. */
export const createShareHandlers = ({ shareLibrary }: HostContext): ShareHandlers => ({
  'newsroom:share': (options) => {
    if (!shareLibrary) {
      throw new AppError(
        'unavailable',
        'Browser mode does not share the library: run `copydesk serve --library DIR`.',
      );
    }
    return shareLibrary(options);
  },
});
