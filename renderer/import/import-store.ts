import { create } from 'zustand';
import type { StateCreator } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { CopydeskApi } from '../../shared/ipc/api';
import type { AppErrorShape } from '../../shared/errors/error-code';
import type { ImportFile, ImportOutcome } from '../../shared/model/import-files';
import { maximumImportFiles } from '../../shared/model/import-files';
import { copydeskBridge } from '../bridge/copydesk-bridge';
import { blobToBase64 } from '../figures/blob-to-base64';
import type { ImportEditorPort } from '../packages/import-editor-port';
import { importEditorPort } from '../packages/import-editor-port';
import { useEditorSession } from '../state/editor-session';
import { useLibraryStore } from '../library/library-store';

export type ImportApi = Pick<CopydeskApi, 'import'>;

/** What an import tells the article list. */
export interface ImportLibraryPort {
  refresh: () => Promise<void>;
  select: (id: string | null) => void;
}

export interface ImportState {
  busy: boolean;
  /** The last import's report: what was created, which packages did what, what was refused and why. */
  outcome: ImportOutcome | null;
  error: AppErrorShape | null;
  importFromDialog: () => Promise<void>;
  importFiles: (files: readonly File[]) => Promise<void>;
  dismiss: () => void;
}

export interface ImportStoreDeps {
  api: ImportApi;
  library: () => ImportLibraryPort;
  editor: ImportEditorPort;
  readBase64?: (file: File) => Promise<string>;
  /** Base64 characters per request: browser mode's HTTP body limit is 20 MB. */
  requestBudget?: number;
}

/** Groups files into requests of at most 20 files and about `budget` characters. */
const batches = (files: ImportFile[], budget: number): ImportFile[][] => {
  const groups: ImportFile[][] = [];
  let current: ImportFile[] = [];
  let size = 0;
  for (const file of files) {
    const full = current.length >= maximumImportFiles || size + file.dataBase64.length > budget;
    if (current.length > 0 && full) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(file);
    size += file.dataBase64.length;
  }
  if (current.length > 0) groups.push(current);
  return groups;
};

export const importState =
  ({
    api,
    library,
    editor,
    readBase64 = blobToBase64,
    requestBudget = 18 * 1024 * 1024,
  }: ImportStoreDeps): StateCreator<ImportState> =>
  (set, get) => {
    const finish = async (outcome: ImportOutcome) => {
      set({ busy: false, outcome, error: null });
      const opened = outcome.created[0] ?? outcome.packages[0];
      if (!opened) return;
      await library().refresh();
      if (outcome.packages.length > 0) await editor.packagesImported(outcome.packages);
      library().select(opened.id);
    };

    const readAll = async (files: readonly File[]) => {
      const read: ImportFile[] = [];
      const failed: ImportOutcome['failed'] = [];
      for (const file of files) {
        try {
          read.push({ name: file.name, dataBase64: await readBase64(file) });
        } catch (error) {
          failed.push({ name: file.name, message: error instanceof Error ? error.message : '' });
        }
      }
      return { read, failed };
    };

    return {
      busy: false,
      outcome: null,
      error: null,

      async importFromDialog() {
        if (get().busy) return;
        set({ busy: true, error: null });
        await editor.saveAll();
        const result = await api.import.choose({});
        if (!result.ok) {
          set({ busy: false, error: result.error });
          return;
        }
        if (result.value === null) {
          set({ busy: false });
          return;
        }
        await finish(result.value);
      },

      async importFiles(files) {
        if (get().busy || files.length === 0) return;
        set({ busy: true, error: null, outcome: null });
        const { read, failed } = await readAll(files);
        await editor.saveAll();
        const outcome: ImportOutcome = { created: [], failed, packages: [] };
        for (const group of batches(read, requestBudget)) {
          const result = await api.import.files({ files: group });
          if (result.ok) {
            outcome.created.push(...result.value.created);
            outcome.failed.push(...result.value.failed);
            outcome.packages.push(...result.value.packages);
          } else {
            outcome.failed.push(
              ...group.map(({ name }) => ({ name, message: result.error.message })),
            );
          }
        }
        await finish(outcome);
      },

      dismiss() {
        set({ outcome: null, error: null });
      },
    };
  };

/** @internal Tests build the store on fakes; the app uses the bound one. */
export const createImportStore = (deps: ImportStoreDeps) =>
  createStore<ImportState>()(importState(deps));

export const useImportStore = create<ImportState>()(
  importState({
    api: copydeskBridge(),
    library: () => useLibraryStore.getState(),
    editor: importEditorPort(() => useEditorSession.getState()),
  }),
);
