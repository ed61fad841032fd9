import { AppError } from '../../../shared/errors/error-code';
import { exportArticleSet } from '../../node/export/export-articles';
import { exportFileNames } from '../../node/export/export-file-names';
import { existingExportFiles } from '../../node/export/existing-export-files';
import { createExportJobs } from '../../node/export/export-jobs';
import { readExportArticles } from '../../node/export/read-export-articles';
import type { HandlerTable } from '../dispatch';
import { createPathGrants } from '../paths/path-grants';
import type { HostContext } from './host-context';

type ExportHandlers = Pick<
  HandlerTable,
  'export:start' | 'export:progress' | 'export:cancel' | 'export:showFolder'
>;

/**
 * Batch export as a job: `export:start` checks the articles (embargo refusals come back at once,
 * before any folder is asked for or file written), then, unless files of the batch are already
 * in the folder and the user has not said what to do with them, renders and writes in a worker
 * while the job pushes `export:updated` events; `export:progress` reads a job's state on
 * request. The folder comes only from the host's dialog (or its handle), never the page.
 */
export const createExportHandlers = ({
  session,
  dialogs,
  events,
  showItemInFolder,
}: HostContext): ExportHandlers => {
  const jobs = createExportJobs({
    onChange: (jobId, progress) =>
      events.emit({ name: 'export:updated', payload: { jobId, ...progress } }),
  });
  const folders = createPathGrants();
  const jobFolders = new Map<string, string>();
  return {
    'export:start': async ({ ids, ignoreEmbargo, existing, folder: handle, ...options }) => {
      const library = session.current();
      const articles = readExportArticles(library, ids, { ignoreEmbargo });
      const folder =
        handle === undefined ? await dialogs.chooseFolder('export') : folders.resolve(handle);
      if (folder === null) return null;
      const startedAt = new Date().toISOString();
      if (existing === 'ask') {
        const found = existingExportFiles(
          folder,
          exportFileNames(articles, options.format, startedAt),
        );
        if (found.length > 0) {
          return { folder: folders.grant(folder), folderPath: folder, existingFiles: found };
        }
      }
      const jobId = jobs.start(articles.length, (onProgress, signal) =>
        exportArticleSet(articles, library.path, {
          ...options,
          // A file that appeared since the check is still never replaced unasked.
          existing: existing === 'ask' ? 'keep-both' : existing,
          startedAt,
          outDir: folder,
          onProgress,
          signal,
        }),
      );
      jobFolders.set(jobId, folder);
      return { jobId, folderPath: folder };
    },
    'export:progress': ({ jobId }) => jobs.progress(jobId),
    'export:cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    'export:showFolder': ({ jobId }) => {
      if (!showItemInFolder) {
        throw new AppError('unavailable', 'Browser mode cannot open a folder: copy its path.');
      }
      const { paths } = jobs.progress(jobId);
      const shown = paths[0] ?? jobFolders.get(jobId);
      return { shown: shown !== undefined && showItemInFolder(shown) };
    },
  };
};
