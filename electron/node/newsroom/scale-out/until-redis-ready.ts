import type { EventEmitter } from 'node:events';
import { AppError } from '../../../../shared/errors/error-code';

/** The part of an ioredis client watched at start-up. */
interface RedisClientLike extends EventEmitter {
  status: string;
}

const startUpLimit = 5_000;

/**
 * Resolves once the client is connected. ioredis retries forever and queues commands meanwhile,
 * so an unreachable Redis would leave the server waiting silently: at start-up, fail instead.
 */
export const untilRedisReady = (client: RedisClientLike, address: string): Promise<void> =>
  new Promise((resolve, reject) => {
    if (client.status === 'ready') {
      resolve();
      return;
    }
    const settle = (error: Error | null): void => {
      clearTimeout(timer);
      client.off('ready', onReady);
      client.off('error', onError);
      if (error === null) resolve();
      else
        reject(new AppError('unavailable', `Cannot reach Redis at ${address}: ${error.message}`));
    };
    const onReady = (): void => settle(null);
    const onError = (error: Error): void => settle(error);
    const timer = setTimeout(() => settle(new Error('no answer')), startUpLimit);
    client.once('ready', onReady);
    client.once('error', onError);
  });
