import * as Y from 'yjs';
import { encodeUpdate } from '../../shared/collab/update-encoding';
import type { ArticleUpdateRequest, ArticleUpdateResult } from '../../shared/ipc/contract';
import type { AppErrorShape } from '../../shared/errors/error-code';
import type { Result } from '../../shared/ipc/result';
import type { PendingEdits } from './pending-edits';
import { createUnsavedKeeper } from './unsaved-keeper';

export type SaveTransport = 'normal' | 'keepalive';

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'saving' }
  /** `kept`: every unsaved edit is also in the page's storage, where a reload finds it. */
  | { kind: 'retrying'; error: AppErrorShape; kept?: true }
  /** The library refused the changes for good (the article went to the trash meanwhile). */
  | { kind: 'conflict' };

export interface SaverOptions {
  id: string;
  /** This editor's id, sent with each update: it skips its own updates when they come back. */
  origin: string;
  send(
    request: ArticleUpdateRequest,
    transport: SaveTransport,
  ): Promise<Result<ArticleUpdateResult>>;
  /** Everything sent so far is durable; the next send waits for what this returns. */
  onSaved(): void | Promise<void>;
  onStatus(status: SaveStatus): void;
  debounceMs?: number;
  /** Continuous typing still goes out this often, so keystroke to durable stays within a second. */
  maxWaitMs?: number;
  /** Keeps what the server has not confirmed where a reload finds it (browser mode: IndexedDB). */
  pendingEdits?: Pick<PendingEdits, 'keep' | 'forget'>;
  /** While sends fail, typing is kept at most this often. */
  keepEveryMs?: number;
}

export type ArticleSaver = ReturnType<typeof createArticleSaver>;

const retryDelay = (attempt: number): number => Math.min(1_000 * 2 ** attempt, 30_000);

const merged = (updates: readonly Uint8Array[]): Uint8Array =>
  updates.length === 1 ? updates[0]! : Y.mergeUpdates([...updates]);

const sendSafely = async (
  options: SaverOptions,
  request: ArticleUpdateRequest,
  transport: SaveTransport,
): Promise<Result<ArticleUpdateResult>> => {
  try {
    return await options.send(request, transport);
  } catch (error) {
    return { ok: false, error: { code: 'unavailable', message: String(error) } };
  }
};

/**
 * Sends one article's local Yjs updates: debounced, merged, one send in flight at a time (later
 * updates wait and go together in the next one), retried with backoff, never dropping one.
 * Updates merge with everyone else's, so text edits never conflict; applying one twice changes
 * nothing, so a retried or re-sent update is harmless.
 */
export function createArticleSaver(options: SaverOptions) {
  const debounceMs = options.debounceMs ?? 300;
  const maxWaitMs = options.maxWaitMs ?? 1_000;
  let pending: Uint8Array[] = [];
  /** Sent and not answered yet: lost with the page unless kept. */
  let outstanding: Uint8Array[] = [];
  let debounceTimer: ReturnType<typeof setTimeout> | undefined;
  let maxWaitTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let exclusive = false;
  let wanted = false;
  let nextTransport: SaveTransport = 'normal';
  let attempt = 0;
  let lastError: AppErrorShape | null = null;
  let conflict = false;
  let stopped = false;
  let waiters: ((clean: boolean) => void)[] = [];
  let lastStatus: SaveStatus = { kind: 'saved' };

  const hasChanges = () => pending.length > 0;

  const status = (): SaveStatus => {
    if (conflict) return { kind: 'conflict' };
    if (lastError && (hasChanges() || running)) {
      return keeper.allKept
        ? { kind: 'retrying', error: lastError, kept: true }
        : { kind: 'retrying', error: lastError };
    }
    if (hasChanges() || running || exclusive) return { kind: 'saving' };
    return { kind: 'saved' };
  };

  const emitStatus = () => {
    const next = status();
    if (JSON.stringify(next) === JSON.stringify(lastStatus)) return;
    lastStatus = next;
    options.onStatus(next);
  };

  const clearTimers = () => {
    clearTimeout(debounceTimer);
    clearTimeout(maxWaitTimer);
    clearTimeout(retryTimer);
    debounceTimer = maxWaitTimer = retryTimer = undefined;
  };

  const unacknowledged = (): string[] => {
    const all = [...outstanding, ...pending];
    return all.length === 0 ? [] : [encodeUpdate(merged(all))];
  };
  const keeper = createUnsavedKeeper({
    id: options.id,
    pendingEdits: options.pendingEdits,
    keepEveryMs: options.keepEveryMs ?? 500,
    unacknowledged,
    onKept: () => emitStatus(),
  });

  const schedule = () => {
    if (conflict || stopped || retryTimer !== undefined) return;
    clearTimeout(debounceTimer);
    debounceTimer = setTimeout(kick, debounceMs);
    maxWaitTimer ??= setTimeout(kick, maxWaitMs);
  };

  const collect = (): Uint8Array => {
    const update = merged(pending);
    pending = [];
    outstanding.push(update);
    return update;
  };

  const settle = async (
    update: Uint8Array,
    result: Result<ArticleUpdateResult>,
  ): Promise<boolean> => {
    outstanding = outstanding.filter((sent) => sent !== update);
    if (result.ok) {
      attempt = 0;
      lastError = null;
      if (!hasChanges() && outstanding.length === 0) keeper.forget();
      await options.onSaved();
      return true;
    }
    pending = [update, ...pending];
    if (result.error.code === 'conflict') {
      conflict = true;
      clearTimers();
      keeper.keepNow();
      return false;
    }
    lastError = result.error;
    clearTimeout(retryTimer);
    retryTimer = setTimeout(kick, retryDelay(attempt));
    attempt += 1;
    return false;
  };

  const finish = (clean: boolean) => {
    const settled = waiters;
    waiters = [];
    for (const resolve of settled) resolve(clean && !hasChanges());
  };

  const request = (update: Uint8Array): ArticleUpdateRequest => ({
    id: options.id,
    update: encodeUpdate(update),
    origin: options.origin,
  });

  const run = async () => {
    running = true;
    let clean = true;
    while ((wanted || waiters.length > 0) && hasChanges() && !conflict && !stopped) {
      wanted = false;
      const transport = nextTransport;
      nextTransport = 'normal';
      const update = collect();
      emitStatus();
      keeper.keepNow();
      const result = await sendSafely(options, request(update), transport);
      if (!(await settle(update, result))) {
        clean = false;
        break;
      }
    }
    running = false;
    emitStatus();
    finish(clean && !conflict);
  };

  function kick() {
    clearTimers();
    wanted = true;
    if (!running && !exclusive) void run();
  }

  const flush = (): Promise<boolean> => {
    if (conflict) return Promise.resolve(false);
    if (!hasChanges() && !running && !exclusive) return Promise.resolve(true);
    const done = new Promise<boolean>((resolve) => waiters.push(resolve));
    kick();
    return done;
  };

  return {
    get status() {
      return lastStatus;
    },
    /** A local update of the document; O(1), for every keystroke. */
    add(update: Uint8Array) {
      pending.push(update);
      keeper.edited();
      if ((lastError || conflict) && !stopped) keeper.keepSoon();
      schedule();
      if (lastStatus.kind === 'saved' || (lastStatus.kind === 'retrying' && lastStatus.kept)) {
        emitStatus();
      }
    },
    hasUnsavedWork: () => hasChanges() || running || exclusive,
    /** Sends everything now; resolves true once all is on disk, false after a failure. */
    flush,
    /** The page is going away: send what is unsent with the transport that survives unload. */
    flushForUnload() {
      if (stopped || !hasChanges()) return;
      keeper.keepNow();
      if (conflict) return;
      if (!running) {
        nextTransport = 'keepalive';
        kick();
        return;
      }
      // A send is in flight and we cannot wait for it: updates commute, so this one goes too.
      const update = collect();
      void sendSafely(options, request(update), 'keepalive')
        .then((result) => settle(update, result))
        .then(emitStatus);
    },
    /** Runs a write that must follow every pending update (status, restore). */
    async exclusive<T>(operation: () => Promise<Result<T>>): Promise<Result<T>> {
      if (!(await flush())) {
        const error = conflict
          ? { code: 'conflict' as const, message: 'The article was changed elsewhere.' }
          : (lastError ?? { code: 'io' as const, message: 'Not saved.' });
        return { ok: false, error };
      }
      exclusive = true;
      try {
        return await operation();
      } finally {
        exclusive = false;
        if ((wanted || waiters.length > 0) && hasChanges()) void run();
        else {
          emitStatus();
          // A flush asked for during the write has nothing left to wait for.
          if (!running) finish(!conflict);
        }
      }
    },
    stop() {
      stopped = true;
      clearTimers();
      keeper.cancel();
      finish(false);
    },
  };
}
