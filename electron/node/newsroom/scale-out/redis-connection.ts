import { AppError } from '../../../../shared/errors/error-code';

export interface RedisConnection {
  host: string;
  port: number;
  options: { username?: string; password?: string; db?: number; tls?: object };
}

/** `redis://[user:password@]host[:port][/db]` (or `rediss://` for TLS) as the Redis extension takes it. */
export const redisConnection = (address: string): RedisConnection => {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new AppError('invalid', `${address} is not a Redis address (redis://host:port).`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new AppError('invalid', `${address} is not a Redis address (redis://host:port).`);
  }
  const db = url.pathname.replace(/^\//u, '');
  return {
    host: url.hostname,
    port: url.port === '' ? 6379 : Number(url.port),
    options: {
      ...(url.username === '' ? {} : { username: decodeURIComponent(url.username) }),
      ...(url.password === '' ? {} : { password: decodeURIComponent(url.password) }),
      ...(db === '' ? {} : { db: Number(db) }),
      ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    },
  };
};
