import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { createElectronDialogs, type ElectronDialogDeps } from './electron-dialogs';

const setup = (answers: { open?: unknown; save?: unknown; box?: unknown }) => {
  const window = { id: 1 } as unknown as BrowserWindow;
  const dialog = {
    showOpenDialog: vi.fn(() => Promise.resolve(answers.open)),
    showSaveDialog: vi.fn(() => Promise.resolve(answers.save)),
    showMessageBox: vi.fn(() => Promise.resolve(answers.box)),
  };
  const deps = {
    dialog,
    window: () => window,
    language: () => 'fr',
    documentsFolder: '/home/awa/Documents',
  };
  return { dialogs: createElectronDialogs(deps as unknown as ElectronDialogDeps), dialog, window };
};

describe('createElectronDialogs', () => {
  it('returns the chosen folder, with a French title, attached to the window', async () => {
    const { dialogs, dialog, window } = setup({ open: { canceled: false, filePaths: ['/desk'] } });
    expect(await dialogs.chooseFolder('open-library')).toBe('/desk');
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        title: 'Ouvrir une bibliothèque Copydesk',
        properties: ['openDirectory', 'createDirectory'],
      }),
    );
  });

  it('returns null when a dialog is cancelled', async () => {
    const { dialogs } = setup({
      open: { canceled: true, filePaths: [] },
      save: { canceled: true, filePath: '' },
    });
    expect(await dialogs.chooseFolder('create-library')).toBeNull();
    expect(await dialogs.chooseSaveFile('backup', 'b.sqlite')).toBeNull();
  });

  it('suggests the backup name in the documents folder', async () => {
    const { dialogs, dialog } = setup({ save: { canceled: false, filePath: '/x/b.sqlite' } });
    expect(await dialogs.chooseSaveFile('backup', 'b.sqlite')).toBe('/x/b.sqlite');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ defaultPath: join('/home/awa/Documents', 'b.sqlite') }),
    );
  });

  it('asks where to save a PDF, in French, offering PDF files', async () => {
    const { dialogs, dialog, window } = setup({
      save: { canceled: false, filePath: '/x/une.pdf' },
    });
    expect(await dialogs.chooseSaveFile('pdf', 'une.pdf')).toBe('/x/une.pdf');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        title: 'Exporter en PDF',
        defaultPath: join('/home/awa/Documents', 'une.pdf'),
        filters: [{ name: 'Document PDF', extensions: ['pdf'] }],
      }),
    );
  });

  it('asks where to save a package, in French, offering .copydesk files', async () => {
    const { dialogs, dialog, window } = setup({
      save: { canceled: false, filePath: '/x/crue.copydesk' },
    });
    expect(await dialogs.chooseSaveFile('package', 'crue.copydesk')).toBe('/x/crue.copydesk');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        title: 'Envoyer pour relecture',
        defaultPath: join('/home/awa/Documents', 'crue.copydesk'),
        filters: [{ name: 'Paquet Copydesk', extensions: ['copydesk'] }],
      }),
    );
  });

  it('chooses several files to import, filtered to the formats Copydesk reads', async () => {
    const { dialogs, dialog, window } = setup({
      open: { canceled: false, filePaths: ['/desk/a.md', '/desk/b.docx'] },
    });
    expect(await dialogs.chooseFiles('import')).toEqual(['/desk/a.md', '/desk/b.docx']);
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        title: 'Importer des articles',
        properties: ['openFile', 'multiSelections'],
        filters: [
          expect.objectContaining({
            extensions: ['md', 'markdown', 'txt', 'html', 'htm', 'docx', 'copydesk'],
          }) as unknown,
        ],
      }),
    );
  });

  it('answers null when the import dialog is cancelled', async () => {
    const { dialogs } = setup({ open: { canceled: true, filePaths: [] } });
    expect(await dialogs.chooseFiles('import')).toBeNull();
  });

  it('confirms only on the first button', async () => {
    expect(
      await setup({ box: { response: 0 } }).dialogs.confirm('Open?', 'https://example.org/'),
    ).toBe(true);
    expect(await setup({ box: { response: 1 } }).dialogs.confirm('Open?')).toBe(false);
  });
});
