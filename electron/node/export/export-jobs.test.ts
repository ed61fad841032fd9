import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/errors/error-code';
import { createExportJobs } from './export-jobs';

const deferred = () => {
  let resolve!: (paths: string[]) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<string[]>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
};

describe('createExportJobs', () => {
  it('reports running progress, then done with the paths', async () => {
    const jobs = createExportJobs();
    const work = deferred();
    let report!: (done: number, paths: string[]) => void;
    const jobId = jobs.start(2, (onProgress) => {
      report = (done, paths) => onProgress({ done, total: 2, paths });
      return work.promise;
    });
    expect(jobs.progress(jobId)).toEqual({ state: 'running', done: 0, total: 2, paths: [] });
    report(1, ['/out/a.md']);
    expect(jobs.progress(jobId)).toMatchObject({ state: 'running', done: 1, paths: ['/out/a.md'] });
    work.resolve(['/out/a.md', '/out/b.md']);
    await work.promise;
    await Promise.resolve();
    expect(jobs.progress(jobId)).toEqual({
      state: 'done',
      done: 2,
      total: 2,
      paths: ['/out/a.md', '/out/b.md'],
    });
    expect(jobs.cancel(jobId)).toBe(false);
  });

  it('keeps the articles left out of a batch in its final progress', async () => {
    const jobs = createExportJobs();
    const work = deferred();
    const failure = { headline: 'Marché de Thiès', message: 'Invalid collection of marks' };
    const jobId = jobs.start(2, (onProgress) => {
      onProgress({ done: 1, total: 2, paths: [], failures: [failure] });
      onProgress({ done: 2, total: 2, paths: ['/out/a.md'], failures: [failure] });
      return work.promise;
    });
    work.resolve(['/out/a.md']);
    await work.promise;
    await Promise.resolve();
    expect(jobs.progress(jobId)).toEqual({
      state: 'done',
      done: 2,
      total: 2,
      paths: ['/out/a.md'],
      failures: [failure],
    });
  });

  it('cancels through the signal and records failures with their message', async () => {
    const jobs = createExportJobs();
    let signal!: AbortSignal;
    const cancelled = deferred();
    const cancelledId = jobs.start(3, (_progress, jobSignal) => {
      signal = jobSignal;
      return cancelled.promise;
    });
    expect(jobs.cancel(cancelledId)).toBe(true);
    expect(signal.aborted).toBe(true);
    cancelled.reject(new AppError('cancelled', 'The export was cancelled after 1 of 3 files.'));
    const failed = deferred();
    const failedId = jobs.start(1, () => failed.promise);
    failed.reject(new AppError('disk_full', 'The disk is full; a.md was not written.'));
    await Promise.allSettled([cancelled.promise, failed.promise]);
    await Promise.resolve();
    expect(jobs.progress(cancelledId).state).toBe('cancelled');
    expect(jobs.progress(failedId)).toMatchObject({
      state: 'failed',
      error: { code: 'disk_full', message: 'The disk is full; a.md was not written.' },
    });
    expect(() => jobs.progress('unknown')).toThrow(/no longer known/);
  });

  it('pushes running progress at most once per interval, and the end at once', async () => {
    vi.useFakeTimers();
    try {
      const onChange = vi.fn();
      const jobs = createExportJobs({ onChange, intervalMs: 250 });
      const work = deferred();
      let report!: (done: number) => void;
      const jobId = jobs.start(3, (onProgress) => {
        report = (done) => onProgress({ done, total: 3, paths: [] });
        return work.promise;
      });
      report(1);
      report(2);
      expect(onChange).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(250);
      expect(onChange.mock.calls).toEqual([[jobId, expect.objectContaining({ done: 2 })]]);
      report(3);
      work.resolve(['/out/a.md', '/out/b.md', '/out/c.md']);
      await vi.advanceTimersByTimeAsync(0);
      expect(onChange.mock.calls.at(-1)).toEqual([
        jobId,
        { state: 'done', done: 3, total: 3, paths: ['/out/a.md', '/out/b.md', '/out/c.md'] },
      ]);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(onChange).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
