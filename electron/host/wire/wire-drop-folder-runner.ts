import { existsSync } from 'node:fs';
import type { LibrarySession } from '../../node/library/library-session';
import type { Importer } from '../../node/import/worker/create-importer';
import type { SettingsStore } from '../../node/settings/settings-store';
import { ingestWireFolder } from '../../node/wire/ingest-wire-folder';
import type { HostEvents } from '../events/host-events';

export interface WireDropFolderRunner {
  /** Looks at the folder now (and on every tick); a look while one runs waits for it. */
  look(): Promise<void>;
  stop(): void;
}

/**
 * The app's drop folder (Settings): every `intervalMs`, the same pass as `copydesk wire watch`
 * (files read in the import worker, under its time and memory caps; moved to imported/ or
 * refused/), into the library open now; each pass that stored items is announced to every window.
 */
export const createWireDropFolderRunner = (
  context: { session: LibrarySession; settings: SettingsStore; events: HostEvents },
  importer: Pick<Importer, 'readWire'>,
  options: { intervalMs: number; settleMs: number } = { intervalMs: 5_000, settleMs: 2_000 },
): WireDropFolderRunner => {
  let running: Promise<void> | null = null;
  const pass = async (): Promise<void> => {
    const folder = context.settings.get().wireDropFolder;
    const library = context.session.currentOrNull();
    if (folder === null || library === null || library.info().readOnly || !existsSync(folder)) {
      return;
    }
    const outcomes = await ingestWireFolder(
      folder,
      {
        read: (name, bytes) => importer.readWire({ name, bytes }),
        store: (items, source) => library.wire.store(items, source),
      },
      { settleMs: options.settleMs, now: Date.now },
    );
    const stored = outcomes.reduce(
      (count, outcome) => count + ('stored' in outcome ? outcome.stored.length : 0),
      0,
    );
    if (stored > 0) context.events.emit({ name: 'wire:changed', payload: { stored } });
  };
  const look = (): Promise<void> => {
    running ??= pass()
      .catch((error: unknown) => console.error('Copydesk: the wire drop folder failed:', error))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void look(), options.intervalMs);
  timer.unref();
  return { look, stop: () => clearInterval(timer) };
};
