import type { DialogService } from '../dialog-service';
import type { HostEvents } from '../events/host-events';
import type { LibrarySession } from '../../node/library/library-session';
import type { SettingsStore } from '../../node/settings/settings-store';
import type { SigningKey } from '../../node/signing/signing-key';
import type { CredentialStore } from '../../node/newsroom/credentials/credential-store';
import type { SiteSecrets } from '../../node/wordpress/site-secrets';

export interface HostNotice {
  code: string;
  message: string;
}

/** What a host (Electron main, browser mode) gives the handler table. */
export interface HostContext {
  host: 'electron' | 'web';
  version: string;
  platform: string;
  settings: SettingsStore;
  /** WordPress application passwords (safeStorage in Electron, a 0600 file in browser mode). */
  siteSecrets: SiteSecrets;
  /** The profile's signing key (created in the settings folder the first time it is needed). */
  signingKey: () => SigningKey;
  dialogs: DialogService;
  session: LibrarySession;
  /** Library changes and export progress, forwarded by the host to every window. */
  events: HostEvents;
  openExternal(url: string): Promise<boolean>;
  /** Host-specific notices for `app:info`; settings and read-only notices are added by the handlers. */
  notices(): HostNotice[];
  /** Where newsroom credentials are kept; without it the desk cannot join a newsroom. */
  newsroomCredentials?: CredentialStore;
  /** Prints the window to a PDF the user places; null when they cancel. Electron only. */
  printToPdf?: (suggestedName: string) => Promise<string | null>;
  /** Serves the open library to the newsroom; resolves with the desks' address. Electron only. */
  shareLibrary?: (options: { host: string; port: number }) => Promise<{ url: string }>;
  /** Shows a file selected in the system's file manager; false when it is gone. Electron only. */
  showItemInFolder?: (path: string) => boolean;
}
