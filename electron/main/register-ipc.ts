import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { channels } from '../../shared/ipc/channels';
import type { Result } from '../../shared/ipc/result';
import { dispatch, type HandlerTable } from '../host/dispatch';
import { isAppUrl } from './app-origin';

const forbidden: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from the Copydesk window.' },
};

/** Our window's top-level app page, and nothing else (no subframe, no other origin or window). */
export function isTrustedSender(event: IpcMainInvokeEvent, trusted: WebContents | null): boolean {
  const frame = event.senderFrame;
  return (
    trusted !== null &&
    event.sender === trusted &&
    frame !== null &&
    frame.parent === null &&
    isAppUrl(frame.url)
  );
}

/** One `ipcMain.handle` per contract channel, each behind the sender check and `dispatch`. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: HandlerTable,
  trustedContents: () => WebContents | null,
): void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      if (!isTrustedSender(event, trustedContents())) return forbidden;
      return dispatch(handlers, channel, payload);
    });
  }
}
