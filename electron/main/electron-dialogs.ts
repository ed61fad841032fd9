import { join } from 'node:path';
import type {
  BrowserWindow,
  Dialog,
  MessageBoxOptions,
  OpenDialogOptions,
  SaveDialogOptions,
} from 'electron';
import type { UiLanguage } from '../../shared/model/settings';
import type { DialogService } from '../host/dialog-service';
import { dialogLabels } from './dialog-labels';

const importExtensions = ['md', 'markdown', 'txt', 'html', 'htm', 'docx', 'copydesk'];

export interface ElectronDialogDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>;
  window(): BrowserWindow | null;
  language(): UiLanguage;
  documentsFolder: string;
}

/** DialogService answered by Electron's native dialogs, attached to our window when there is one. */
export function createElectronDialogs(deps: ElectronDialogDeps): DialogService {
  const labels = () => dialogLabels[deps.language()];
  const messageBox = async (options: MessageBoxOptions) => {
    const window = deps.window();
    return window
      ? deps.dialog.showMessageBox(window, options)
      : deps.dialog.showMessageBox(options);
  };
  return {
    asksBeforeReplacing: true,
    async chooseFolder(purpose) {
      const titles = {
        'open-library': labels().openLibrary,
        'create-library': labels().createLibrary,
        export: labels().exportFolder,
        'wire-drop': labels().wireDropFolder,
      };
      const options: OpenDialogOptions = {
        title: titles[purpose],
        defaultPath: deps.documentsFolder,
        properties: ['openDirectory', 'createDirectory'],
      };
      const window = deps.window();
      const result = window
        ? await deps.dialog.showOpenDialog(window, options)
        : await deps.dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSaveFile(purpose, suggestedName) {
      const titles = { pdf: labels().pdf, backup: labels().backup, package: labels().package };
      const filters = {
        pdf: [{ name: labels().pdfFilter, extensions: ['pdf'] }],
        backup: undefined,
        package: [{ name: labels().packageFilter, extensions: ['copydesk'] }],
      };
      const filter = filters[purpose];
      const options: SaveDialogOptions = {
        title: titles[purpose],
        defaultPath: join(deps.documentsFolder, suggestedName),
        // Windows and macOS always ask before replacing; Linux only when told to.
        properties: ['showOverwriteConfirmation', 'createDirectory'],
        ...(filter === undefined ? {} : { filters: filter }),
      };
      const window = deps.window();
      const result = window
        ? await deps.dialog.showSaveDialog(window, options)
        : await deps.dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseFiles() {
      const options: OpenDialogOptions = {
        title: labels().importFiles,
        defaultPath: deps.documentsFolder,
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: labels().importFilter, extensions: importExtensions }],
      };
      const window = deps.window();
      const result = window
        ? await deps.dialog.showOpenDialog(window, options)
        : await deps.dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
    },
    async confirm(message, detail) {
      const result = await messageBox({
        type: 'question',
        message,
        ...(detail === undefined ? {} : { detail }),
        buttons: [labels().ok, labels().cancel],
        defaultId: 0,
        cancelId: 1,
        noLink: true,
      });
      return result.response === 0;
    },
  };
}
