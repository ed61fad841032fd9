import { AppError } from '../../../shared/errors/error-code';
import type { JoinReply } from '../../../shared/newsroom/newsroom-account';
import type { NewsroomState } from '../../../shared/newsroom/newsroom-state';
import type { Library } from '../../node/library/library';
import type { LibrarySession } from '../../node/library/library-session';
import type { CredentialStore } from '../../node/newsroom/credentials/credential-store';
import { joinNewsroom } from '../../node/newsroom/join/join-newsroom';
import { serverAddress, type ServerAddress } from '../../node/newsroom/join/server-address';
import { NewsroomReplica } from '../../node/newsroom/replica/newsroom-replica';
import type {
  DeskRequest,
  NewsroomReplicaOptions,
} from '../../node/newsroom/replica/newsroom-replica-options';
import type { ProviderPresenceRelay } from '../../node/newsroom/presence/provider-presence-relay';
import type { HostEvents } from '../events/host-events';

export interface NewsroomServiceOptions {
  session: LibrarySession;
  events: HostEvents;
  /** Absent where the host has nowhere safe to keep a credential: joining is refused. */
  credentials?: CredentialStore;
  join?: (address: ServerAddress, invitation: string) => Promise<JoinReply>;
  /** Presence goes out through the replica's article connections. */
  presence?: ProviderPresenceRelay;
}

const notReplica: NewsroomState = { connection: 'none', link: null, waiting: {}, refusal: null };

/**
 * The open library's newsroom link: joins a server, keeps the credential, runs the replica while
 * the library is open (again at start: the link is in the library), and announces its state
 * as `newsroom:changed` and the server's decisions as `library:changed`.
 */
export class NewsroomService {
  readonly #options: NewsroomServiceOptions;
  #replica: NewsroomReplica | null = null;

  constructor(options: NewsroomServiceOptions) {
    this.#options = options;
    options.session.onOpened((library) => this.#follow(library));
    this.#follow(options.session.currentOrNull());
  }

  state(): NewsroomState {
    const replica = this.#replica;
    if (replica !== null) return replica.state();
    const link = this.#options.session.currentOrNull()?.replica.link() ?? null;
    return link === null ? notReplica : { ...notReplica, connection: 'refused', link };
  }

  async connect(typedAddress: string, invitation: string): Promise<NewsroomState> {
    const credentials = this.#credentials();
    const library = this.#options.session.current();
    const address = serverAddress(typedAddress);
    const current = library.replica.link();
    if (current !== null && current.address !== address.websocket) {
      throw new AppError(
        'conflict',
        `This library already replicates the newsroom at ${current.address}. Disconnect it first.`,
      );
    }
    const reply = await (this.#options.join ?? joinNewsroom)(address, invitation);
    if (current !== null && current.libraryId !== reply.libraryId) {
      throw new AppError(
        'conflict',
        'This library replicates another newsroom: open a new library to join this one.',
      );
    }
    credentials.write(reply.libraryId, reply.credential);
    library.replica.setLink({
      address: address.websocket,
      libraryId: reply.libraryId,
      name: reply.account.name,
      role: reply.account.role,
    });
    this.#follow(library);
    return this.state();
  }

  disconnect(): NewsroomState {
    const library = this.#options.session.current();
    const link = library.replica.link();
    this.#stop();
    if (link !== null) {
      this.#options.credentials?.remove(link.libraryId);
      library.replica.setLink(null);
    }
    this.#announce();
    return this.state();
  }

  /** A local create, status move, trash or restore: the server decides when the library is a replica. */
  forward(request: DeskRequest): void {
    this.#replica?.submit(request);
  }

  #credentials(): CredentialStore {
    const { credentials } = this.#options;
    if (credentials === undefined) {
      throw new AppError('unavailable', 'This host cannot keep a newsroom credential safely.');
    }
    return credentials;
  }

  #follow(library: Library | null): void {
    this.#stop();
    const link = library?.replica.link() ?? null;
    const credential =
      link === null ? null : (this.#options.credentials?.read(link.libraryId) ?? null);
    if (library !== null && link !== null && credential !== null) {
      const options: NewsroomReplicaOptions = {
        library,
        link,
        credential,
        onState: (state) => this.#options.events.emit({ name: 'newsroom:changed', payload: state }),
        onArticlesChanged: (articleIds) =>
          this.#options.events.emit({ name: 'library:changed', payload: { articleIds } }),
        presence: this.#options.presence,
      };
      this.#replica = new NewsroomReplica(options);
    }
    this.#announce();
  }

  #stop(): void {
    this.#replica?.stop();
    this.#replica = null;
  }

  #announce(): void {
    this.#options.events.emit({ name: 'newsroom:changed', payload: this.state() });
  }
}
