import type { NinjsVersion } from '../../shared/export/render-ninjs';
import { create } from 'zustand';
import type { StateCreator } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { CopydeskApi } from '../../shared/ipc/api';
import type { EventPayload } from '../../shared/ipc/contract';
import type { AppErrorShape } from '../../shared/errors/error-code';
import { missingCaseError } from '../../shared/errors/missing-case';
import type {
  ExportFailure,
  ExportFormat,
  ExportImages,
  ExportProgress,
  ExportSuggestions,
} from '../../shared/model/export-job';
import { copydeskBridge } from '../bridge/copydesk-bridge';
import { useEditorSession } from '../state/editor-session';
import { useSettingsStore } from '../state/settings-store';
import type { LibraryQuery } from '../library/library-query';
import { listRequest, pageSize } from '../library/library-query';

export type ExportApi = Pick<CopydeskApi, 'articles' | 'export'>;

export type ExportScope = 'checked' | 'list' | 'article';

/** An article to export, with what the embargo warning needs. */
export interface ExportTarget {
  id: string;
  embargo: string | null;
}

/** What the dialog can offer, gathered when it opens. */
export interface ExportSources {
  checked: ExportTarget[];
  article: ExportTarget | null;
  query: LibraryQuery;
  listTotal: number;
  scope: ExportScope;
}

export interface ExportOptions {
  format: ExportFormat;
  images: ExportImages;
  stylesheet: boolean;
  gutenberg: boolean;
  /** ninjs: IPTC's 2.x or 3.x. */
  ninjsVersion: NinjsVersion;
  /** Pending suggestions: left out (original text) or accepted (final text). */
  suggestions: ExportSuggestions;
}

export type ExportPhase =
  | 'choosing'
  | 'starting'
  | 'confirmEmbargo'
  | 'confirmExisting'
  | 'running'
  | 'done'
  | 'failed'
  | 'cancelled';

/** What the user chooses when files of the batch are already in the folder. */
export type ExistingChoice = 'replace' | 'keep-both';

/** Files of the batch found in the chosen folder; nothing was written yet. */
export interface ExistingFilesQuestion {
  folderPath: string;
  files: string[];
}

export interface EmbargoWarning {
  count: number;
  /** The latest embargo among them (ISO), or null when only the host knows. */
  until: string | null;
}

export interface ExportState {
  open: boolean;
  sources: ExportSources | null;
  options: ExportOptions;
  phase: ExportPhase;
  done: number;
  total: number;
  paths: string[];
  /** Articles the batch left out (the others were written), each with the reason. */
  failures: ExportFailure[];
  embargo: EmbargoWarning | null;
  existing: ExistingFilesQuestion | null;
  /** The folder the job writes into. */
  folderPath: string | null;
  error: AppErrorShape | null;
  openDialog: (sources: ExportSources) => void;
  setScope: (scope: ExportScope) => void;
  setOptions: (change: Partial<ExportOptions>) => void;
  start: () => Promise<void>;
  confirmEmbargo: () => Promise<void>;
  /** Answers the question about files already there; null (Cancel) goes back to the choices. */
  settleExisting: (choice: ExistingChoice | null) => Promise<void>;
  /** Shows the written files in the system's file manager (Electron). */
  showFolder: () => Promise<void>;
  cancel: () => Promise<void>;
  close: () => void;
}

export type ExportUpdate = EventPayload<'export:updated'>;

export interface ExportStoreDeps {
  api: ExportApi;
  /** Unsaved edits reach the library before it is read for the export. */
  flush?: () => Promise<unknown>;
  /**
   * The host's pushed job progress (both hosts push it); returns the unsubscribe. Without it
   * the store asks for the progress every `pollMs`; with it, only every `checkMs`, in case a
   * push was lost while the connection dropped.
   */
  followUpdates?: (listener: (update: ExportUpdate) => void) => () => void;
  pollMs?: number;
  checkMs?: number;
  now?: () => Date;
  /** The user's setting: exported links get `rel="nofollow"`. */
  nofollow?: () => boolean;
}

const defaultOptions: ExportOptions = {
  format: 'md',
  images: 'folder',
  stylesheet: true,
  gutenberg: false,
  ninjsVersion: 2,
  suggestions: 'original',
};

const idle = {
  phase: 'choosing' as ExportPhase,
  done: 0,
  total: 0,
  paths: [] as string[],
  failures: [] as ExportFailure[],
  embargo: null,
  existing: null,
  folderPath: null,
  error: null,
};

export const exportState =
  ({
    api,
    flush,
    followUpdates,
    pollMs = 250,
    checkMs = 5_000,
    now = () => new Date(),
    nofollow = () => false,
  }: ExportStoreDeps): StateCreator<ExportState> =>
  (set, get) => {
    let jobId: string | null = null;
    /** The last finished job, for "Show folder". */
    let shownJobId: string | null = null;
    let embargoConfirmed = false;
    /** The handle of the folder where files of the batch were found. */
    let existingFolder: string | null = null;
    let pollTimer: ReturnType<typeof setTimeout> | undefined;
    let targets: ExportTarget[] = [];
    let stopFollowing: (() => void) | undefined;
    /** Updates that arrive while `export:start` has not yet said which job is ours. */
    const early = new Map<string, ExportProgress>();

    const stopPolling = () => {
      clearTimeout(pollTimer);
      pollTimer = undefined;
      stopFollowing?.();
      stopFollowing = undefined;
      early.clear();
    };

    const fail = (error: AppErrorShape) => {
      stopPolling();
      set({ phase: 'failed', error });
    };

    const listTargets = async (query: LibraryQuery): Promise<ExportTarget[] | null> => {
      const found: ExportTarget[] = [];
      for (let page = 0; ; page += 1) {
        const result = await api.articles.list(listRequest(query, page));
        if (!result.ok) {
          fail(result.error);
          return null;
        }
        found.push(...result.value.items.map(({ id, embargo }) => ({ id, embargo })));
        if (result.value.items.length < pageSize || found.length >= result.value.total) {
          return found;
        }
      }
    };

    const resolveTargets = async (sources: ExportSources): Promise<ExportTarget[] | null> => {
      switch (sources.scope) {
        case 'checked':
          return sources.checked;
        case 'article':
          return sources.article ? [sources.article] : [];
        case 'list':
          return listTargets(sources.query);
        default:
          throw missingCaseError(sources.scope);
      }
    };

    /** Shows a job's progress; true while it still runs. */
    const show = ({ state, done, total, paths, error, failures = [] }: ExportProgress): boolean => {
      set({ done, total, paths, failures });
      if (state === 'running') return true;
      shownJobId = jobId;
      jobId = null;
      stopPolling();
      set({ phase: state, error: error ?? null });
      return false;
    };

    const schedulePoll = (id: string) => {
      pollTimer = setTimeout(() => void poll(id), stopFollowing === undefined ? pollMs : checkMs);
    };

    const poll = async (id: string): Promise<void> => {
      const result = await api.export.progress({ jobId: id });
      if (jobId !== id) return;
      if (!result.ok) {
        fail(result.error);
        return;
      }
      if (show(result.value)) schedulePoll(id);
    };

    const onUpdate = ({ jobId: id, ...progress }: ExportUpdate): void => {
      if (id === jobId) show(progress);
      else if (jobId === null && get().phase === 'starting') early.set(id, progress);
    };

    const embargoWarning = (): EmbargoWarning => {
      const embargoed = targets
        .map((target) => target.embargo)
        .filter((embargo): embargo is string => embargo !== null && new Date(embargo) > now());
      const until = embargoed.sort().at(-1) ?? null;
      return { count: embargoed.length, until };
    };

    const run = async (
      ignoreEmbargo: boolean,
      choice: { existing: ExistingChoice; folder: string } | null = null,
    ): Promise<void> => {
      embargoConfirmed = ignoreEmbargo;
      set({ ...idle, phase: 'starting', total: targets.length });
      if (followUpdates) stopFollowing ??= followUpdates(onUpdate);
      await flush?.();
      const { format, images, stylesheet, gutenberg, ninjsVersion, suggestions } = get().options;
      const result = await api.export.start({
        ids: targets.map((target) => target.id),
        format,
        images,
        stylesheet,
        gutenberg: gutenberg && (format === 'html-fragment' || format === 'wxr'),
        nofollow: nofollow(),
        ninjsVersion,
        ignoreEmbargo,
        suggestions,
        ...(choice ?? {}),
      });
      if (!get().open) return;
      if (!result.ok || result.value === null) stopPolling();
      if (!result.ok) {
        if (result.error.code === 'forbidden' && !ignoreEmbargo) {
          set({ phase: 'confirmEmbargo', embargo: embargoWarning(), error: result.error });
        } else {
          fail(result.error);
        }
        return;
      }
      if (result.value === null) {
        set({ phase: 'choosing' });
        return;
      }
      if (!('jobId' in result.value)) {
        stopPolling();
        const { folder, folderPath, existingFiles } = result.value;
        existingFolder = folder;
        set({ phase: 'confirmExisting', existing: { folderPath, files: existingFiles } });
        return;
      }
      jobId = result.value.jobId;
      set({ phase: 'running', folderPath: result.value.folderPath });
      if (stopFollowing === undefined) {
        await poll(jobId);
        return;
      }
      const arrived = early.get(jobId);
      early.clear();
      if (arrived === undefined || show(arrived)) schedulePoll(jobId);
    };

    return {
      open: false,
      sources: null,
      options: defaultOptions,
      ...idle,

      openDialog(sources) {
        stopPolling();
        jobId = null;
        shownJobId = null;
        set({ open: true, sources, ...idle });
      },

      setScope(scope) {
        const { sources } = get();
        if (sources) set({ sources: { ...sources, scope } });
      },

      setOptions(change) {
        set({ options: { ...get().options, ...change } });
      },

      async start() {
        const { sources } = get();
        if (!sources) return;
        set({ ...idle, phase: 'starting' });
        const resolved = await resolveTargets(sources);
        if (resolved === null) return;
        if (resolved.length === 0) {
          fail({ code: 'invalid', message: 'There is no article to export.' });
          return;
        }
        targets = resolved;
        await run(false);
      },

      confirmEmbargo: () => run(true),

      async settleExisting(choice) {
        const folder = existingFolder;
        existingFolder = null;
        if (choice === null || folder === null) {
          set({ ...idle });
          return;
        }
        await run(embargoConfirmed, { existing: choice, folder });
      },

      async showFolder() {
        if (shownJobId === null) return;
        const result = await api.export.showFolder({ jobId: shownJobId });
        if (!result.ok) fail(result.error);
      },

      async cancel() {
        const id = jobId;
        if (id === null) return;
        const result = await api.export.cancel({ jobId: id });
        if (!result.ok) fail(result.error);
      },

      close() {
        if (jobId !== null) void get().cancel();
        stopPolling();
        jobId = null;
        set({ open: false, sources: null, ...idle });
      },
    };
  };

/**
 * A store bound to the given API: tests pass a fake and fake timers.
 * @internal Tests build the store on fakes; the app uses the bound one.
 */
export const createExportStore = (deps: ExportStoreDeps) =>
  createStore<ExportState>()(exportState(deps));

export const useExportStore = create<ExportState>()(
  exportState({
    api: copydeskBridge(),
    flush: () => useEditorSession.getState().flushAll(),
    followUpdates: (listener) => copydeskBridge().events.onExportUpdated(listener),
    nofollow: () => useSettingsStore.getState().settings?.linksNofollow === true,
  }),
);
