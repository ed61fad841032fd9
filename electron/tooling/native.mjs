#!/usr/bin/env node
// `node electron/tooling/native.mjs node|electron`: makes sure better-sqlite3's native module is
// built for the runtime about to load it. Node and Electron have different ABIs, so switching
// between `npm test` (Node) and `npm start`/`npm run dist` (Electron) needs a rebuild each way.
// `.native-abi` (gitignored) records an Electron build so the next `node` run knows to switch back.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const marker = join(root, '.native-abi');
const onWindows = process.platform === 'win32';
const say = (line) => process.stderr.write(`Copydesk: ${line}\n`);

const readMarker = () => {
  try {
    return readFileSync(marker, 'utf8').trim();
  } catch {
    return null;
  }
};

const run = (command, args) =>
  spawnSync(command, args, {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
    shell: onWindows,
  });

const probeNode = () =>
  spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    cwd: root,
    encoding: 'utf8',
  });

const wrongBuild =
  /NODE_MODULE_VERSION|compiled against a different Node\.js version|ERR_DLOPEN_FAILED|Could not locate the bindings file|invalid ELF header|not a valid Win32 application/;

function forNode() {
  const probe = probeNode();
  if (probe.status === 0) {
    rmSync(marker, { force: true });
    return 0;
  }
  if (!wrongBuild.test(probe.stderr)) {
    process.stderr.write(probe.stderr);
    say('better-sqlite3 fails to load in Node for a reason a rebuild would not fix (see above).');
    return 1;
  }
  say(
    `better-sqlite3 was built for another runtime (${readMarker() ?? 'unknown'}); rebuilding it for Node ${process.versions.node}.`,
  );
  const rebuild = run('npm', ['rebuild', 'better-sqlite3']);
  if (rebuild.status !== 0 || probeNode().status !== 0) {
    say('the rebuild of better-sqlite3 for Node failed (see above).');
    return 1;
  }
  rmSync(marker, { force: true });
  return 0;
}

function forElectron() {
  const { version } = JSON.parse(
    readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'),
  );
  const target = `electron ${version}`;
  if (readMarker() === target) return 0;
  say(
    `rebuilding better-sqlite3 for Electron ${version} (downloads Electron's headers; needs internet).`,
  );
  const rebuild = run('npx', ['electron-builder', 'install-app-deps']);
  if (rebuild.status !== 0) {
    say('the rebuild of better-sqlite3 for Electron failed (see above).');
    return 1;
  }
  writeFileSync(marker, `${target}\n`);
  return 0;
}

const mode = process.argv[2];
if (mode === 'node') process.exit(forNode());
if (mode === 'electron') process.exit(forElectron());
say('usage: node electron/tooling/native.mjs node|electron');
process.exit(2);
