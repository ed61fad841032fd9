import type { WebContents } from 'electron';
import type { HostEvents } from '../host/events/host-events';

/**
 * Host events (library changes, export progress) go to the Copydesk window, where the preload
 * hands them to the renderer's subscriptions. Returns the unsubscribe.
 */
export function registerIpcEvents(
  events: HostEvents,
  trustedContents: () => Pick<WebContents, 'send' | 'isDestroyed'> | null,
): () => void {
  return events.subscribe(({ name, payload }) => {
    const contents = trustedContents();
    if (contents !== null && !contents.isDestroyed()) contents.send(name, payload);
  });
}
