import type { SaveRequest, SaveResult } from '../../shared/ipc/contract';
import type { AppErrorShape } from '../../shared/errors/error-code';
import type { Result } from '../../shared/ipc/result';
import type { TiptapDocument } from '../../shared/model/tiptap-document';
import type { ArticleChanges, PendingEdits } from './pending-edits';
import { createUnsavedKeeper } from './unsaved-keeper';

export type SaveTransport = 'normal' | 'keepalive';

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'saving' }
  /** `kept`: every unsaved edit is also in the page's storage, where a reload finds it. */
  | { kind: 'retrying'; error: AppErrorShape; kept?: true }
  | { kind: 'conflict' };

export interface SaverOptions {
  id: string;
  baseRevision: number;
  send(request: SaveRequest, transport: SaveTransport): Promise<Result<SaveResult>>;
  onSaved(result: SaveResult, changes: ArticleChanges): void;
  onStatus(status: SaveStatus): void;
  debounceMs?: number;
  /** Continuous typing still saves this often, so at most about a second of text is at risk. */
  maxWaitMs?: number;
  /** Keeps what the server has not confirmed where a reload finds it (browser mode: IndexedDB). */
  pendingEdits?: Pick<PendingEdits, 'keep' | 'forget'>;
  /** While saves fail, typing is kept at most this often. */
  keepEveryMs?: number;
}

export type ArticleSaver = ReturnType<typeof createArticleSaver>;

const retryDelay = (attempt: number): number => Math.min(1_000 * 2 ** attempt, 30_000);

const sendSafely = async (
  options: SaverOptions,
  request: SaveRequest,
  transport: SaveTransport,
): Promise<Result<SaveResult>> => {
  try {
    return await options.send(request, transport);
  } catch (error) {
    return { ok: false, error: { code: 'unavailable', message: String(error) } };
  }
};

/**
 * Autosave for one article: debounced, one save in flight at a time (later changes wait and go
 * together in the next one), retried with backoff, never dropping a change. A conflict stops it.
 */
export function createArticleSaver(options: SaverOptions) {
  const debounceMs = options.debounceMs ?? 800;
  const maxWaitMs = options.maxWaitMs ?? 1_000;
  let baseRevision = options.baseRevision;
  let pending: ArticleChanges = {};
  let bodyDirty = false;
  let bodySource: (() => TiptapDocument) | null = null;
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
  /** Sent and not answered yet: lost with the page unless kept. */
  let outstanding: ArticleChanges[] = [];

  const hasChanges = () => bodyDirty || Object.keys(pending).length > 0;

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

  const peekChanges = (): ArticleChanges =>
    bodyDirty && bodySource ? { ...pending, body: bodySource() } : { ...pending };

  const collect = (): ArticleChanges => {
    const changes = peekChanges();
    if (bodySource) bodyDirty = false;
    pending = {};
    return changes;
  };

  const unacknowledged = (): ArticleChanges =>
    [...outstanding, peekChanges()].reduce<ArticleChanges>(
      (all, changes) => ({ ...all, ...changes }),
      {},
    );
  const keeper = createUnsavedKeeper({
    id: options.id,
    pendingEdits: options.pendingEdits,
    keepEveryMs: options.keepEveryMs ?? 500,
    unacknowledged,
    baseRevision: () => baseRevision,
    onKept: () => emitStatus(),
  });
  /** Saves wait (retry or conflict), so nothing else will carry this edit soon. */
  const edited = () => {
    keeper.edited();
    if ((lastError || conflict) && !stopped) keeper.keepSoon();
  };
  const acknowledge = (changes: ArticleChanges) => {
    outstanding = outstanding.filter((sent) => sent !== changes);
  };
  const restore = (changes: ArticleChanges) => {
    pending = { ...changes, ...pending };
  };

  const schedule = () => {
    if (conflict || stopped || retryTimer !== undefined) return;
    clearTimeout(debounceTimer);
    debounceTimer = setTimeout(kick, debounceMs);
    maxWaitTimer ??= setTimeout(kick, maxWaitMs);
  };

  const settle = (changes: ArticleChanges, result: Result<SaveResult>): boolean => {
    acknowledge(changes);
    if (result.ok) {
      baseRevision = Math.max(baseRevision, result.value.revision);
      attempt = 0;
      lastError = null;
      if (!hasChanges() && outstanding.length === 0) keeper.forget();
      options.onSaved(result.value, changes);
      return true;
    }
    restore(changes);
    if (result.error.code === 'conflict') {
      conflict = true;
      clearTimers();
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

  const run = async () => {
    running = true;
    let clean = true;
    while ((wanted || waiters.length > 0) && hasChanges() && !conflict && !stopped) {
      wanted = false;
      const transport = nextTransport;
      nextTransport = 'normal';
      const changes = collect();
      emitStatus();
      const request = { id: options.id, baseRevision, changes };
      outstanding.push(changes);
      keeper.keepNow();
      const result = await sendSafely(options, request, transport);
      if (!settle(changes, result)) {
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
    get id() {
      return options.id;
    },
    get baseRevision() {
      return baseRevision;
    },
    get status() {
      return lastStatus;
    },
    change(fields: ArticleChanges) {
      pending = { ...pending, ...fields };
      schedule();
      edited();
      emitStatus();
    },
    /** Cheap enough for every keystroke: the body is serialised only when a save goes out. */
    bodyChanged() {
      bodyDirty = true;
      schedule();
      edited();
      if (lastStatus.kind === 'saved' || (lastStatus.kind === 'retrying' && lastStatus.kept)) {
        emitStatus();
      }
    },
    attachBody(source: () => TiptapDocument) {
      bodySource = source;
    },
    /** Serialises a pending body change before the editor goes away, then forgets the editor. */
    detachBody(source: () => TiptapDocument) {
      if (bodySource !== source) return;
      if (bodyDirty) pending = { ...pending, body: source() };
      bodyDirty = false;
      bodySource = null;
    },
    hasUnsavedWork: () => hasChanges() || running || exclusive,
    peekChanges,
    /** Saves everything now; resolves true once all is on disk, false after a failure or conflict. */
    flush,
    /** The page is going away: send what is unsaved with the transport that survives unload. */
    flushForUnload() {
      if (stopped || !hasChanges()) return;
      keeper.keepNow();
      if (conflict) return;
      if (!running) {
        nextTransport = 'keepalive';
        kick();
        return;
      }
      // A save is in flight and we cannot wait for it: bet that it lands as the next revision.
      const changes = collect();
      const request = { id: options.id, baseRevision: baseRevision + 1, changes };
      outstanding.push(changes);
      void sendSafely(options, request, 'keepalive').then((result) => {
        settle(changes, result);
        emitStatus();
      });
    },
    /** Runs a write that needs the current revision (status, restore) after all pending saves. */
    async exclusive<T>(
      operation: (baseRevision: number) => Promise<Result<T>>,
      revisionOf: (value: T) => number,
    ): Promise<Result<T>> {
      if (!(await flush())) {
        const error = conflict
          ? { code: 'conflict' as const, message: 'The article was changed elsewhere.' }
          : (lastError ?? { code: 'io' as const, message: 'Not saved.' });
        return { ok: false, error };
      }
      exclusive = true;
      try {
        const result = await operation(baseRevision);
        if (result.ok) baseRevision = Math.max(baseRevision, revisionOf(result.value));
        else if (result.error.code === 'conflict') conflict = true;
        return result;
      } finally {
        exclusive = false;
        if (wanted && hasChanges()) void run();
        else emitStatus();
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
