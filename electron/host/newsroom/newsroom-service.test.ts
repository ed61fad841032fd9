import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NewsroomState } from '../../../shared/newsroom/newsroom-state';
import { LibrarySession } from '../../node/library/library-session';
import { openLibrary } from '../../node/library/open-library';
import { temporaryFolder } from '../../node/library/testing/temporary-folder';
import { fileCredentialStore } from '../../node/newsroom/credentials/file-credential-store';
import {
  startBareNewsroomServer,
  type BareNewsroomServer,
} from '../../node/newsroom/replica/testing/bare-newsroom-server';
import { createFakeSettingsStore } from '../../node/settings/testing/fake-settings-store';
import { createHostEvents } from '../events/host-events';
import { NewsroomService } from './newsroom-service';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const setUp = async () => {
  const server: BareNewsroomServer = await startBareNewsroomServer('credential-1');
  cleanups.push(() => server.stop());
  const session = new LibrarySession(createFakeSettingsStore(), openLibrary);
  const folder = temporaryFolder();
  session.open(folder, { create: true });
  cleanups.push(() => session.close());
  const events = createHostEvents();
  const states: NewsroomState[] = [];
  events.subscribe((event) => {
    if (event.name === 'newsroom:changed') states.push(event.payload);
  });
  const credentials = fileCredentialStore(temporaryFolder());
  const join = vi.fn(() =>
    Promise.resolve({
      credential: 'credential-1',
      account: { name: 'Awa Diop', role: 'editor' as const },
      libraryId: 'L1',
    }),
  );
  const service = new NewsroomService({ session, events, credentials, join });
  return { server, session, folder, states, credentials, join, service };
};

describe('NewsroomService', () => {
  it('joins with an invitation, keeps the credential and the link, and reconnects when the library opens again', async () => {
    const { server, session, folder, states, credentials, service } = await setUp();
    const address = server.address.replace('ws://', '');
    await service.connect(address, 'invitation-0123456789');
    expect(credentials.read('L1')).toBe('credential-1');
    expect(session.current().replica.link()).toMatchObject({ name: 'Awa Diop', role: 'editor' });
    await vi.waitFor(() => expect(states.at(-1)?.connection).toBe('connected'), { timeout: 5_000 });

    session.close();
    expect(service.state().connection).toBe('none');
    session.open(folder, { create: false });
    await vi.waitFor(() => expect(service.state().connection).toBe('connected'), {
      timeout: 5_000,
    });
  });

  it('refuses to join a second newsroom, and forgets the link and credential on disconnect', async () => {
    const { server, session, credentials, join, service } = await setUp();
    await service.connect(server.address, 'invitation-0123456789');
    await expect(service.connect('10.9.9.9:1', 'invitation-0123456789')).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(join).toHaveBeenCalledTimes(1);
    expect(service.disconnect().connection).toBe('none');
    expect(session.current().replica.link()).toBeNull();
    expect(credentials.read('L1')).toBeNull();
  });
});
