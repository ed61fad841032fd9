import type { PresenceRelay } from './presence-relay';

/** The relay of a desk with no newsroom connection: nothing leaves, nothing comes back. */
export const noPresenceRelay: PresenceRelay = {
  send: () => false,
  onRemote: () => () => undefined,
};
