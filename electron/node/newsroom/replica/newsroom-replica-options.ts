import type { NewsroomLink } from '../../../../shared/newsroom/newsroom-link';
import type { NewsroomRequest } from '../../../../shared/newsroom/newsroom-request';
import type { NewsroomState } from '../../../../shared/newsroom/newsroom-state';
import type { Library } from '../../library/library';
import type { ProviderPresenceRelay } from '../presence/provider-presence-relay';

type WithoutIds<T> = T extends unknown ? Omit<T, 'requestId' | 'document'> : never;
/** A request as the desk makes it: its id, and a creation's document, are added when it is sent. */
export type DeskRequest = WithoutIds<NewsroomRequest>;

export interface NewsroomReplicaOptions {
  library: Library;
  link: NewsroomLink;
  credential: string;
  /** The state shown to the user changed (connection, waiting changes, a refusal). */
  onState: (state: NewsroomState) => void;
  /** Articles the server's decisions changed (new, status, trash), to announce to the windows. */
  onArticlesChanged: (articleIds: string[]) => void;
  /** How long an article nobody edits stays connected once synced. */
  idleMs?: number;
  /** At most this many articles catch up at once (the ones being edited do not count). */
  maximumCatchingUp?: number;
  replyTimeoutMs?: number;
  /** Presence goes through the articles' connections; an article someone is in stays connected. */
  presence?: ProviderPresenceRelay;
}
