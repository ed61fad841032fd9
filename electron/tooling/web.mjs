#!/usr/bin/env node
// `npm run web -- --library DIR [--port N] [--export-dir DIR] [--settings-dir DIR] [--open]`:
// builds the renderer when it is missing or older than its sources, then runs browser mode.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const builtPage = join(root, 'out/renderer/index.html');
const sources = ['renderer', 'shared', 'electron.vite.config.ts'];

const modifiedAt = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
};

const newestSource = (path) => {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestSource(join(path, entry)));
  }
  return newest;
};

/** The process running now (build, then server): signals go to it, and its exit code is ours. */
let current = null;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (current) current.kill(signal);
    else process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

const run = (command, args, options) =>
  new Promise((resolve) => {
    current = spawn(command, args, options);
    current.on('error', (error) => {
      process.stderr.write(`Copydesk: could not run ${command}: ${error.message}\n`);
      resolve(1);
    });
    current.on('exit', (code, signal) => resolve(code ?? (signal === 'SIGINT' ? 130 : 143)));
  });

const builtAt = modifiedAt(builtPage);
const sourcesAt = Math.max(...sources.map((source) => newestSource(join(root, source))));
if (builtAt === null || builtAt < sourcesAt) {
  process.stderr.write('Copydesk: building the app (npx electron-vite build)…\n');
  const status = await run('npx', ['electron-vite', 'build'], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
    shell: process.platform === 'win32',
  });
  if (status !== 0) {
    process.stderr.write('Copydesk: the build failed; see the messages above.\n');
    process.exit(status);
  }
}

// Run from the folder the user typed the command in, so relative --library paths mean what they say.
process.exit(
  await run(
    process.execPath,
    [
      '--import',
      import.meta.resolve('tsx'),
      join(root, 'electron/web/main.ts'),
      ...process.argv.slice(2),
    ],
    { cwd: process.env.INIT_CWD ?? process.cwd(), stdio: 'inherit' },
  ),
);
