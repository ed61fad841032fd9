import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors/error-code';
import type { ExportProgress } from '../../../shared/model/export-job';
import type { ExportProgressUpdate } from './export-articles';

export type ExportWork = (
  onProgress: (progress: ExportProgressUpdate) => void,
  signal: AbortSignal,
) => Promise<string[]>;

interface Job {
  progress: ExportProgress;
  controller: AbortController;
}

/** Finished jobs kept for `export:progress`; the oldest finished ones are forgotten beyond this. */
const keptFinishedJobs = 20;

export interface ExportJobsOptions {
  /** Told of each job's progress: at most once per `intervalMs` while it runs, then when it ends. */
  onChange?: (jobId: string, progress: ExportProgress) => void;
  intervalMs?: number;
}

/**
 * Running and recent export jobs: they push their progress (`onChange`) and can be read by id
 * (`export:progress`). A job's state is 'running' until its work settles: done, failed or
 * cancelled.
 */
export const createExportJobs = ({ onChange, intervalMs = 250 }: ExportJobsOptions = {}) => {
  const jobs = new Map<string, Job>();
  const forgetOldJobs = () => {
    const finished = [...jobs].filter(([, job]) => job.progress.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - keptFinishedJobs))) {
      jobs.delete(id);
    }
  };
  const find = (jobId: string): Job => {
    const job = jobs.get(jobId);
    if (job === undefined) throw new AppError('not_found', 'This export is no longer known.');
    return job;
  };
  return {
    start: (total: number, work: ExportWork): string => {
      const jobId = randomUUID();
      const job: Job = {
        progress: { state: 'running', done: 0, total, paths: [] },
        controller: new AbortController(),
      };
      jobs.set(jobId, job);
      // Each push carries every path written so far: a push per article would grow quadratically.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const push = () => {
        timer = undefined;
        onChange?.(jobId, job.progress);
      };
      const update = (change: Partial<ExportProgress>) => {
        job.progress = { ...job.progress, ...change };
        if (job.progress.state !== 'running') {
          clearTimeout(timer);
          push();
        } else {
          timer ??= setTimeout(push, intervalMs);
        }
      };
      work(
        ({ done, paths, failures }) =>
          update({
            done,
            paths: [...paths],
            ...(failures !== undefined && failures.length > 0 ? { failures: [...failures] } : {}),
          }),
        job.controller.signal,
      )
        .then(
          (paths) => update({ state: 'done', done: total, paths }),
          (error: unknown) => {
            const { code, message } =
              error instanceof AppError ? error : new AppError('internal', String(error));
            update(
              code === 'cancelled'
                ? { state: 'cancelled' }
                : { state: 'failed', error: { code, message } },
            );
          },
        )
        .finally(forgetOldJobs);
      return jobId;
    },
    progress: (jobId: string): ExportProgress => find(jobId).progress,
    cancel: (jobId: string): boolean => {
      const job = find(jobId);
      if (job.progress.state !== 'running') return false;
      job.controller.abort();
      return true;
    },
  };
};
