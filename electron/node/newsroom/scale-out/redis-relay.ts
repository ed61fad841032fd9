import { randomUUID } from 'node:crypto';
import { Redis } from '@hocuspocus/extension-redis';
import type { Extension } from '@hocuspocus/server';
import { redisConnection } from './redis-connection';
import { storeRelayedChanges } from './store-relayed-changes';
import { untilRedisReady } from './until-redis-ready';

/**
 * The extensions that let several instances serve one newsroom: Redis relays documents,
 * awareness (presence) and stateless messages between them. Channels are named after the
 * library, so several newsrooms can share one Redis without hearing each other.
 * Rejects, naming the address, when Redis cannot be reached.
 */
export const redisRelay = async (address: string, libraryId: string): Promise<Extension[]> => {
  const { host, port, options } = redisConnection(address);
  const redis = new Redis({
    host,
    port,
    options,
    prefix: `copydesk:${libraryId}`,
    identifier: `copydesk-${randomUUID()}`,
  });
  try {
    await Promise.all([
      untilRedisReady(redis.pub, `${host}:${port}`),
      untilRedisReady(redis.sub, `${host}:${port}`),
    ]);
  } catch (error) {
    redis.pub.disconnect();
    redis.sub.disconnect();
    throw error;
  }
  return [redis, storeRelayedChanges()];
};
