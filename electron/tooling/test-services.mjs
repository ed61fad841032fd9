#!/usr/bin/env node
// Real PostgreSQL and Redis for the tests that need them (scale-out: several newsroom server
// instances on one database and one Redis). Both run on free loopback ports with their data in DIR.
//   node electron/tooling/test-services.mjs find        what is missing (exit 1 when something is)
//   node electron/tooling/test-services.mjs start DIR   starts both; prints KEY=value lines to export
//   node electron/tooling/test-services.mjs stop DIR    stops both and removes DIR
// `.ci/run` starts them once for the whole run; a test file run on its own starts its own.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';

const say = (line) => process.stderr.write(`test-services: ${line}\n`);

const onPath = (name) => {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
};

/** Debian keeps PostgreSQL's server binaries off PATH, one folder per major version. */
const postgresBin = () => {
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((version) => existsSync(join(debian, version, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length > 0) return join(debian, versions[0], 'bin');
  }
  const initdb = onPath('initdb');
  return initdb === null ? null : join(initdb, '..');
};

const find = () => {
  const missing = [];
  const redis = onPath('redis-server');
  if (redis === null) missing.push('redis-server');
  const bin = postgresBin();
  if (bin === null) missing.push('PostgreSQL (initdb, pg_ctl)');
  return { redis, bin, missing };
};

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const redisAnswers = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.setTimeout(1000);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });

// PostgreSQL refuses to run as root: as root, its commands run as the packaged `postgres` user.
const asRoot = process.getuid?.() === 0;
const postgresCommand = (bin, command, args) =>
  asRoot
    ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]]
    : [join(bin, command), args];

const runPostgres = (bin, command, args) => {
  const [file, argv] = postgresCommand(bin, command, args);
  execFileSync(file, argv, { stdio: ['ignore', 'ignore', 'inherit'] });
};

const startPostgres = async (bin, dir) => {
  const home = join(dir, 'postgres');
  mkdirSync(home, { recursive: true });
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
    chownSync(home, uid, gid);
  }
  const data = join(home, 'data');
  runPostgres(bin, 'initdb', [
    '-D',
    data,
    '-U',
    'copydesk',
    '--auth=trust',
    '-E',
    'UTF8',
    '--no-sync',
  ]);
  const port = await freePort();
  const options = `-p ${port} -k ${home} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  runPostgres(bin, 'pg_ctl', ['-D', data, '-l', join(home, 'log'), '-w', '-o', options, 'start']);
  return `postgres://copydesk@127.0.0.1:${port}/postgres`;
};

const startRedis = async (redis, dir) => {
  const home = join(dir, 'redis');
  mkdirSync(home, { recursive: true });
  const port = await freePort();
  execFileSync(redis, [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
    '--daemonize',
    'yes',
    '--dir',
    home,
    '--pidfile',
    join(home, 'pid'),
    '--logfile',
    join(home, 'log'),
  ]);
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await redisAnswers(port)) return `redis://127.0.0.1:${port}`;
    await sleep(100);
  }
  throw new Error(`redis-server did not answer on port ${port} (log: ${join(home, 'log')})`);
};

const stop = (dir) => {
  const { bin } = find();
  const data = join(dir, 'postgres', 'data');
  if (bin !== null && existsSync(join(data, 'postmaster.pid'))) {
    try {
      runPostgres(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch (error) {
      say(`PostgreSQL did not stop: ${error.message}`);
    }
  }
  const pidFile = join(dir, 'redis', 'pid');
  if (existsSync(pidFile)) {
    try {
      process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGTERM');
    } catch (error) {
      say(`Redis did not stop: ${error.message}`);
    }
  }
  rmSync(dir, { recursive: true, force: true });
};

const start = async (dir) => {
  const { redis, bin, missing } = find();
  if (missing.length > 0) throw new Error(`missing: ${missing.join(', ')}`);
  mkdirSync(dir, { recursive: true });
  try {
    const postgresUrl = await startPostgres(bin, dir);
    const redisUrl = await startRedis(redis, dir);
    process.stdout.write(
      `COPYDESK_TEST_POSTGRES_URL=${postgresUrl}\nCOPYDESK_TEST_REDIS_URL=${redisUrl}\n`,
    );
  } catch (error) {
    stop(dir);
    throw error;
  }
};

const [command, dir] = process.argv.slice(2);
try {
  if (command === 'find') {
    const { missing } = find();
    if (missing.length > 0) {
      process.stdout.write(`${missing.join(', ')} not found\n`);
      process.exitCode = 1;
    }
  } else if (command === 'start' && dir !== undefined) {
    await start(dir);
  } else if (command === 'stop' && dir !== undefined) {
    stop(dir);
  } else {
    say('usage: test-services.mjs find | start DIR | stop DIR');
    process.exitCode = 2;
  }
} catch (error) {
  say(error.message);
  process.exitCode = 1;
}
