#!/usr/bin/env node
// `npm start`: the Electron app when its binary is available (building first), otherwise browser
// mode, so Copydesk always runs. The Electron binary is downloaded lazily by the `electron`
// package; machines without access to GitHub never get it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const require = createRequire(join(root, 'package.json'));
const onWindows = process.platform === 'win32';
const extraArguments = process.argv.slice(2);

const electronBinary = () => {
  const electronFolder = join(root, 'node_modules/electron');
  if (!process.env.ELECTRON_OVERRIDE_DIST_PATH && !existsSync(join(electronFolder, 'path.txt'))) {
    // Requiring `electron` without its binary starts a noisy download; try it quietly, bounded.
    const install = spawnSync(process.execPath, [join(electronFolder, 'install.js')], {
      cwd: root,
      stdio: 'ignore',
      timeout: 120_000,
    });
    if (install.status !== 0 || !existsSync(join(electronFolder, 'path.txt'))) return null;
  }
  try {
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
};

const step = (command, args) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: onWindows }).status === 0;

const forward = (child) => {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 143)));
};

const startBrowserMode = () => {
  const hasLibrary = extraArguments.some(
    (argument) => argument === '--library' || argument.startsWith('--library='),
  );
  const documents = process.env.XDG_DOCUMENTS_DIR ?? join(homedir(), 'Documents');
  const library = hasLibrary ? [] : ['--library', join(documents, 'Copydesk Library')];
  forward(
    spawn(
      process.execPath,
      [join(root, 'electron/tooling/web.mjs'), '--open', ...library, ...extraArguments],
      {
        stdio: 'inherit',
      },
    ),
  );
};

const binary = electronBinary();
if (binary === null) {
  console.log(
    'Electron is not available on this machine; starting Copydesk in browser mode instead.',
  );
  startBrowserMode();
} else if (!step(process.execPath, [join(root, 'electron/tooling/native.mjs'), 'electron'])) {
  console.log(
    'better-sqlite3 could not be built for Electron; starting Copydesk in browser mode instead.',
  );
  step(process.execPath, [join(root, 'electron/tooling/native.mjs'), 'node']);
  startBrowserMode();
} else if (step('npx', ['electron-vite', 'build'])) {
  forward(spawn(binary, ['.', ...extraArguments], { cwd: root, stdio: 'inherit' }));
} else {
  console.error('Copydesk: the build failed; see the messages above.');
  process.exit(1);
}
