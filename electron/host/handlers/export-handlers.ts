import { exportArticleSet } from '../../node/export/export-articles';
import { createExportJobs } from '../../node/export/export-jobs';
import { readExportArticles } from '../../node/export/read-export-articles';
import type { HandlerTable } from '../dispatch';
import type { HostContext } from './host-context';

type ExportHandlers = Pick<HandlerTable, 'export:start' | 'export:progress' | 'export:cancel'>;

/**
 * Batch export as a job: `export:start` checks the articles (embargo refusals come back at once,
 * before any folder is asked for or file written), then renders and writes in a worker while the
 * job pushes `export:updated` events; `export:progress` reads a job's state on request. The
 * folder comes only from the host's dialog, never the page.
 */
export const createExportHandlers = ({ session, dialogs, events }: HostContext): ExportHandlers => {
  const jobs = createExportJobs({
    onChange: (jobId, progress) =>
      events.emit({ name: 'export:updated', payload: { jobId, ...progress } }),
  });
  return {
    'export:start': async ({ ids, ignoreEmbargo, ...options }) => {
      const library = session.current();
      const articles = readExportArticles(library, ids, { ignoreEmbargo });
      const folder = await dialogs.chooseFolder('export');
      if (folder === null) return null;
      const jobId = jobs.start(articles.length, (onProgress, signal) =>
        exportArticleSet(articles, library.path, {
          ...options,
          outDir: folder,
          onProgress,
          signal,
        }),
      );
      return { jobId };
    },
    'export:progress': ({ jobId }) => jobs.progress(jobId),
    'export:cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
  };
};
