import type { DialogService } from '../dialog-service';
import type { HostEvents } from '../events/host-events';
import type { PresenceRelay } from '../../node/newsroom/presence/presence-relay';
import type { LibrarySession } from '../../node/library/library-session';
import type { SettingsStore } from '../../node/settings/settings-store';
import type { SigningKey } from '../../node/signing/signing-key';

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
  /** The profile's signing key (created in the settings folder the first time it is needed). */
  signingKey: () => SigningKey;
  dialogs: DialogService;
  session: LibrarySession;
  /** Library changes and export progress, forwarded by the host to every window. */
  events: HostEvents;
  openExternal(url: string): Promise<boolean>;
  /** Host-specific notices for `app:info`; settings and read-only notices are added by the handlers. */
  notices(): HostNotice[];
  /** Presence between this desk's windows and a newsroom server; absent: no newsroom, none shared. */
  presence?: PresenceRelay;
  /** Prints the window to a PDF the user places; null when they cancel. Electron only. */
  printToPdf?: (suggestedName: string) => Promise<string | null>;
}
