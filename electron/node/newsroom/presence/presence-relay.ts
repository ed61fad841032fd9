/** A remote client's presence, as an encoded awareness update, for one article. */
export type RemotePresenceListener = (articleId: string, update: Uint8Array) => void;

/**
 * Presence (who is in an article, their caret, which field they edit) between this desk's
 * windows and the newsroom server. The windows' awareness updates go out through `send`; the
 * other desks' come back through `onRemote`. Without a newsroom connection nothing is shared.
 */
export interface PresenceRelay {
  /** Returns whether a connection to the server took the update (false: presence is off). */
  send(articleId: string, update: Uint8Array): boolean;
  /** Returns the unsubscribe. */
  onRemote(listener: RemotePresenceListener): () => void;
}
