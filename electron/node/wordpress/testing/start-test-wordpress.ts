import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port';
import { waitFor } from './wait-for';
import { wordpressConfigFile } from './wordpress-config-file';
import { debianWordpressConfigFolder, debianWordpressFolder } from './wordpress-availability';
import { wordpressInstallScript, type TestWordpressUser } from './wordpress-install-script';
import { wordpressRouter } from './wordpress-router';

const run = promisify(execFile);

export interface TestWordpressAccount {
  login: string;
  applicationPassword: string;
}

/** A server of the same site that misbehaves on purpose (see wordpress-router.ts). */
export type TestWordpressVariant = 'normal' | 'strip-authorization' | 'no-rest';

export interface TestWordpress {
  /** `http://127.0.0.1:PORT` of the well-behaved server. */
  readonly url: string;
  readonly editor: TestWordpressAccount;
  /** A contributor: may neither publish nor upload. */
  readonly contributor: TestWordpressAccount;
  /** The administrator, to play a colleague editing in wp-admin. */
  readonly admin: TestWordpressAccount;
  /** Another server of the same site; stopped with the rest. */
  serveVariant(variant: Exclude<TestWordpressVariant, 'normal'>): Promise<string>;
  /** Stops and starts the well-behaved server on the same address (the network "returning"). */
  stopServer(): Promise<void>;
  startServer(): Promise<void>;
  stop(): Promise<void>;
}

const users: TestWordpressUser[] = [
  { login: 'redaction', role: 'editor' },
  { login: 'pigiste', role: 'contributor' },
];

const stopProcess = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

const answers = async (url: string): Promise<boolean> => (await fetch(url)).status < 500;

/**
 * A real WordPress (Debian's package) on a loopback port with its own MariaDB, both in a temp
 * folder, installed from PHP; `stop()` ends both processes and removes every file it wrote.
 * Check `wordpressUnavailableReason()` first.
 */
export const startTestWordpress = async (): Promise<TestWordpress> => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-wordpress-'));
  const configName = `copydesk-test-${path.basename(folder).replace(/[^A-Za-z0-9]/g, '')}`;
  const configFile = path.join(debianWordpressConfigFolder, `config-${configName}.php`);
  const contentFolder = path.join(folder, 'wp-content');
  const dataFolder = path.join(folder, 'mariadb');
  const socket = path.join(folder, 'mariadb.sock');
  const routerFile = path.join(folder, 'router.php');
  const children: ChildProcess[] = [];
  const started = (child: ChildProcess): ChildProcess => {
    children.push(child);
    return child;
  };
  const stop = async (): Promise<void> => {
    await Promise.all(children.map(stopProcess));
    fs.rmSync(configFile, { force: true });
    fs.rmSync(folder, { recursive: true, force: true });
  };
  try {
    const databasePort = await freePort();
    const port = await freePort();
    const host = '127.0.0.1';
    const url = `http://${host}:${port}`;
    fs.cpSync(path.join(debianWordpressFolder, 'wp-content'), contentFolder, {
      recursive: true,
      dereference: true,
    });
    fs.writeFileSync(configFile, wordpressConfigFile({ databasePort, contentFolder }));
    fs.writeFileSync(routerFile, wordpressRouter(debianWordpressFolder, contentFolder));

    await run('mariadb-install-db', [
      '--no-defaults',
      `--datadir=${dataFolder}`,
      '--user=root',
      '--skip-test-db',
    ]);
    started(
      spawn(
        'mariadbd',
        [
          '--no-defaults',
          `--datadir=${dataFolder}`,
          `--port=${databasePort}`,
          '--bind-address=127.0.0.1',
          `--socket=${socket}`,
          `--pid-file=${path.join(folder, 'mariadb.pid')}`,
          '--user=root',
        ],
        { stdio: 'ignore' },
      ),
    );
    const sql = (statement: string) =>
      run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statement]);
    await waitFor('MariaDB', async () => (await sql('SELECT 1'), true));
    await sql(
      "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'127.0.0.1' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'127.0.0.1';",
    );

    const installFile = path.join(folder, 'install.php');
    fs.writeFileSync(
      installFile,
      wordpressInstallScript({
        wordpressFolder: debianWordpressFolder,
        configName,
        host: `${host}:${port}`,
        url,
        users,
      }),
    );
    const { stdout } = await run('php', [installFile], { maxBuffer: 10_000_000 });
    const passwords = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<
      string,
      string
    >;
    const account = (login: string): TestWordpressAccount => ({
      login,
      applicationPassword: passwords[login] ?? '',
    });

    const serve = async (
      serverPort: number,
      variant: TestWordpressVariant,
    ): Promise<ChildProcess> => {
      const child = started(
        spawn('php', ['-S', `${host}:${serverPort}`, '-t', debianWordpressFolder, routerFile], {
          stdio: 'ignore',
          env: {
            ...process.env,
            COPYDESK_WP_CONFIG: configName,
            COPYDESK_WP_STRIP_AUTHORIZATION: variant === 'strip-authorization' ? '1' : '0',
            COPYDESK_WP_NO_REST: variant === 'no-rest' ? '1' : '0',
          },
        }),
      );
      await waitFor('WordPress', () => answers(`http://${host}:${serverPort}/?rest_route=/`));
      return child;
    };
    let server = await serve(port, 'normal');
    return {
      url,
      editor: account('redaction'),
      contributor: account('pigiste'),
      admin: account('admin'),
      serveVariant: async (variant) => {
        const variantPort = await freePort();
        await serve(variantPort, variant);
        return `http://${host}:${variantPort}`;
      },
      stopServer: () => stopProcess(server),
      startServer: async () => {
        server = await serve(port, 'normal');
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
};
