import type { LibrarySession } from '../../node/library/library-session';
import type { SettingsStore } from '../../node/settings/settings-store';
import { sendDueJobs } from '../../node/wordpress/send-due-jobs';
import type { SiteSecrets } from '../../node/wordpress/site-secrets';
import { settingsPublishTarget } from './settings-publish-targets';

export interface OutboxRunner {
  /** Sends what is due now, in the background; a kick while sending runs one more round. */
  kick(): void;
  /** Settles once the current round (if any) is over. */
  idle(): Promise<void>;
  stop(): void;
}

/**
 * Sends the open library's outbox: on each kick (a job queued) and every `intervalMs` (jobs
 * waiting for the network or their backoff). Jobs a crash left "sending" resume first.
 */
export const createOutboxRunner = (
  context: { session: LibrarySession; settings: SettingsStore; siteSecrets: SiteSecrets },
  intervalMs = 30_000,
): OutboxRunner => {
  let running: Promise<void> | null = null;
  let again = false;
  const round = async (): Promise<void> => {
    do {
      again = false;
      const library = context.session.currentOrNull();
      if (library === null || library.info().readOnly) return;
      library.outbox.resumeInterrupted();
      await sendDueJobs({
        library,
        targetOf: (name) => settingsPublishTarget(context.settings, context.siteSecrets, name),
      });
    } while (again);
  };
  const kick = (): void => {
    if (running !== null) {
      again = true;
      return;
    }
    running = round()
      .catch(() => undefined)
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(kick, intervalMs);
  timer.unref();
  // What a crash or a quit left in the outbox goes out as soon as its library is open again
  // (the session tells before it holds the library: the kick waits for the open to finish).
  context.session.onOpened((library) => {
    if (library !== null) void Promise.resolve().then(kick);
  });
  if (context.session.currentOrNull() !== null) kick();
  return {
    kick,
    idle: () => running ?? Promise.resolve(),
    stop: () => clearInterval(timer),
  };
};
