import type { Member } from './newsroom-store';
import type { SocketSession } from './socket-session';

/** The Hocuspocus context of a connection: its socket, then who it authenticated as. */
export interface NewsroomContext {
  session: SocketSession;
  member?: Member;
}
