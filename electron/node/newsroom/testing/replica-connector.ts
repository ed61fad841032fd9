import type { Role } from '../../../../shared/model/role';
import type { Library } from '../../library/library';
import { NewsroomReplica } from '../replica/newsroom-replica';
import type { TestNewsroom } from './test-newsroom';

/**
 * Connects a library to the test newsroom as NAME with ROLE; every replica lands in `replicas`,
 * for the test to stop.
 * @internal
 */
export const replicaConnector =
  (newsroom: TestNewsroom, replicas: NewsroomReplica[]) =>
  (library: Library, role: Role, name: string): NewsroomReplica => {
    const replica = new NewsroomReplica({
      library,
      link: { address: newsroom.server.url, libraryId: newsroom.store.libraryId, name, role },
      credential: newsroom.credentials[role],
      onState: () => undefined,
      onArticlesChanged: () => undefined,
      replyTimeoutMs: 5_000,
    });
    replicas.push(replica);
    return replica;
  };
