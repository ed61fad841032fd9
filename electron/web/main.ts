import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError } from '../../shared/errors/error-code';
import { createSessionAssetResolver } from '../node/assets/session-asset-resolver';
import { createHostEvents } from '../host/events/host-events';
import { createHandlers } from '../host/handlers/create-handlers';
import { LibrarySession } from '../node/library/library-session';
import { fileCredentialStore } from '../node/newsroom/credentials/file-credential-store';
import { openLibrary } from '../node/library/open-library';
import { createConfSettings } from '../node/settings/conf-settings';
import { createWebDialogs } from './web-dialogs';
import { createWebServer } from './create-web-server';
import { openInBrowser } from './open-in-browser';
import { parseWebArguments } from './parse-web-arguments';
import { readRememberedPort, rememberPort } from './remembered-port';
import { readOrCreateWebToken } from './web-token-file';
import { writeLaunchPage } from './write-launch-page';
import { profileSigningKey } from '../node/signing/profile-signing-key';
import { fileSiteSecrets } from '../node/wordpress/file-site-secrets';
import { plainSecretSeal } from '../node/secrets/secret-seal';

const root = resolve(import.meta.dirname, '../..');
const report = (message: string): void => {
  process.stderr.write(`Copydesk: ${message}\n`);
};

async function main(): Promise<void> {
  const options = parseWebArguments(process.argv.slice(2));
  const staticRoot = join(root, 'out/renderer');
  if (!existsSync(join(staticRoot, 'index.html'))) {
    throw new AppError(
      'unavailable',
      'The renderer is not built: run `npm run build` (or use `npm run web`).',
    );
  }
  const version = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const settings = createConfSettings({
    cwd: options.settingsFolder,
    locale: Intl.DateTimeFormat().resolvedOptions().locale,
  });
  if (options.wireFolder !== null) settings.update({ wireDropFolder: options.wireFolder });
  const session = new LibrarySession(settings, openLibrary);
  session.open(options.library, { create: true });
  const events = createHostEvents();
  const handlers = createHandlers({
    host: 'web',
    version,
    platform: process.platform,
    settings,
    signingKey: profileSigningKey(options.settingsFolder),
    newsroomCredentials: fileCredentialStore(options.settingsFolder),
    siteSecrets: fileSiteSecrets(options.settingsFolder, plainSecretSeal),
    dialogs: createWebDialogs({ exportFolder: options.exportFolder, report }),
    session,
    events,
    // The page must not make the server start programs; the renderer opens links itself.
    openExternal: () => Promise.resolve(false),
    notices: () => [],
  });
  const token = readOrCreateWebToken(options.settingsFolder);
  const listen = (port: number) =>
    createWebServer({
      handlers,
      events,
      staticRoot,
      port,
      token,
      resolveAsset: createSessionAssetResolver(session),
    });
  // Without --port, the last port is tried first: an open tab then reaches the restarted server.
  const remembered = options.port === 0 ? readRememberedPort(options.settingsFolder) : 0;
  const server = await listen(remembered || options.port)
    .catch((error: unknown) => {
      if (remembered === 0 || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      return listen(0);
    })
    .catch((error: unknown) => {
      session.close();
      throw error;
    });
  if (options.port === 0) rememberPort(options.settingsFolder, server.port);

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await server.close();
    session.close();
    process.exit(0);
  };
  const onSignal = (): void => {
    stop().catch((error: unknown) => {
      report(`Could not stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  process.stdout.write(`Copydesk ready: ${server.url}\n`);
  if (options.openBrowser) {
    openInBrowser(writeLaunchPage(options.settingsFolder, server.url), report);
  }
}

main().catch((error: unknown) => {
  report(error instanceof Error ? error.message : String(error));
  process.exit(error instanceof AppError && error.code === 'invalid' ? 2 : 1);
});
