import { randomUUID } from 'node:crypto';
import { Redis } from '@hocuspocus/extension-redis';
import type { Extension } from '@hocuspocus/server';
import { redisConnection } from './redis-connection';
import { storeRelayedChanges } from './store-relayed-changes';

/**
 * The extensions that let several instances serve one newsroom: Redis relays documents,
 * awareness (presence) and stateless messages between them. Channels are named after the
 * library, so several newsrooms can share one Redis without hearing each other.
 */
export const redisRelay = (address: string, libraryId: string): Extension[] => {
  const { host, port, options } = redisConnection(address);
  return [
    new Redis({
      host,
      port,
      options,
      prefix: `copydesk:${libraryId}`,
      identifier: `copydesk-${randomUUID()}`,
    }),
    storeRelayedChanges(),
  ];
};
