import { readFileSync } from 'node:fs';
import { AppError } from '../../shared/errors/error-code';
import type { Command } from './command';
import { newsroomStoreFor } from './newsroom-store-for';
import { UsageError } from './usage-error';

const defaultPort = 4455;

const parsePort = (value: string | undefined): number => {
  if (value === undefined) return defaultPort;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new UsageError(`--port must be a number from 0 to 65535, not ${value}`);
  }
  return port;
};

const readTls = (cert: unknown, key: unknown): { cert: Buffer; key: Buffer } | undefined => {
  if (cert === undefined && key === undefined) return undefined;
  if (typeof cert !== 'string' || typeof key !== 'string') {
    throw new UsageError('--tls-cert and --tls-key go together');
  }
  const read = (file: string): Buffer => {
    try {
      return readFileSync(file);
    } catch {
      throw new AppError('not_found', `Cannot read ${file}.`);
    }
  };
  return { cert: read(cert), key: read(key) };
};

const inUse = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'EADDRINUSE';

export const serveCommand: Command = {
  name: 'serve',
  summary:
    'Share the library with the newsroom: desks connect, edit live and sync their replicas; prints one ready line, stops on Ctrl-C.',
  arguments: '',
  options: {
    host: { type: 'string' },
    port: { type: 'string' },
    'tls-cert': { type: 'string' },
    'tls-key': { type: 'string' },
    database: { type: 'string' },
    redis: { type: 'string' },
  },
  optionHelp: [
    '--host ADDR      the address to listen on (default 127.0.0.1; 0.0.0.0 for the whole network)',
    `--port N         the port (default ${defaultPort}; 0 for a free one)`,
    '--tls-cert FILE  a PEM certificate: serve wss:// (with --tls-key)',
    '--tls-key FILE   its PEM private key',
    '--database URL   postgres://… instead of a library folder (several instances)',
    '--redis URL      redis://… relaying live changes between instances (with --database)',
  ],
  positionals: { min: 0, max: 0 },
  run: async (context) => {
    const { values } = context;
    const host = typeof values.host === 'string' ? values.host : '127.0.0.1';
    const port = parsePort(typeof values.port === 'string' ? values.port : undefined);
    const tls = readTls(values['tls-cert'], values['tls-key']);
    const opened = await newsroomStoreFor(context);
    const { startNewsroomServer } = await import('../node/newsroom/server/start-newsroom-server');
    let server;
    try {
      server = await startNewsroomServer({
        store: opened.store,
        host,
        port,
        extensions: opened.extensions,
        ...(tls ? { tls } : {}),
      });
    } catch (error) {
      await opened.store.close();
      if (inUse(error)) throw new AppError('unavailable', `${host}:${port} is already in use.`);
      throw error;
    }
    context.io.stdout(`Copydesk newsroom server ready at ${server.url} (${opened.description})\n`);
    await context.io.untilStopped();
    try {
      await server.close();
    } finally {
      await opened.store.close();
    }
  },
};
