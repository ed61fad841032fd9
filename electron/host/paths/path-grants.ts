import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors/error-code';

/**
 * Paths the host chose (a native dialog, the recent libraries, browser mode's folders) stay in
 * the host: the renderer gets an opaque random handle for each, valid for this window's session,
 * and can only send back a handle it was given. A path typed into a request is never opened.
 */
export interface PathGrants {
  grant(path: string): string;
  /** The path behind a handle this session handed out; `forbidden` for anything else. */
  resolve(handle: string): string;
}

export const createPathGrants = (newHandle: () => string = randomUUID): PathGrants => {
  const pathsByHandle = new Map<string, string>();
  const handlesByPath = new Map<string, string>();
  return {
    grant(path) {
      const known = handlesByPath.get(path);
      if (known !== undefined) return known;
      const handle = newHandle();
      pathsByHandle.set(handle, path);
      handlesByPath.set(path, handle);
      return handle;
    },
    resolve(handle) {
      const path = pathsByHandle.get(handle);
      if (path === undefined) {
        throw new AppError(
          'forbidden',
          'Copydesk opens only folders chosen in its own dialogs or listed in its recent libraries.',
        );
      }
      return path;
    },
  };
};
