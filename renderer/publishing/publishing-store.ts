import { create } from 'zustand';
import type { StateCreator } from 'zustand';
import type { AppErrorShape } from '../../shared/errors/error-code';
import type { CopydeskApi } from '../../shared/ipc/api';
import type { ConnectionProblem } from '../../shared/wordpress/connection-problem';
import type { PublishJob } from '../../shared/wordpress/publish-job';
import type { WordpressSite } from '../../shared/model/wordpress-site';
import { copydeskBridge } from '../bridge/copydesk-bridge';
import { publishedSites } from './published-sites';

type Api = Pick<CopydeskApi, 'settings' | 'wordpress' | 'outbox' | 'events'>;

export type ConnectionCheck =
  | { state: 'checking' }
  | { state: 'ok'; displayName: string }
  | { state: 'problem'; problem: ConnectionProblem };

export interface PublishingState {
  sites: WordpressSite[];
  checks: Record<string, ConnectionCheck>;
  jobs: PublishJob[];
  /** The post as we pushed it and as the site has it, for a job waiting for a confirmation. */
  comparison: { jobId: number; ours: string; theirs: string } | null;
  error: AppErrorShape | null;
  /** The outbox panel is open (from the library's toolbar). */
  outboxOpen: boolean;
  /** The article whose correction is being written, or null. */
  correcting: string | null;
  load: () => Promise<void>;
  /** Follows the host's `outbox:changed`; returns the unsubscribe. */
  follow: () => () => void;
  setOutboxOpen: (open: boolean) => void;
  askCorrection: (articleId: string) => void;
  dismissCorrection: () => void;
  /** Queues the correction on every site the article went out to; false when refused. */
  correct: (articleId: string, text: string) => Promise<boolean>;
  retry: (jobId: number) => Promise<void>;
  /** The open article's featured image choice (a figure's library source; null: the first). */
  featured: { articleId: string; src: string | null } | null;
  loadFeatured: (articleId: string) => Promise<void>;
  chooseFeatured: (articleId: string, src: string | null) => Promise<void>;
  saveSite: (site: WordpressSite, applicationPassword: string) => Promise<boolean>;
  removeSite: (name: string) => Promise<void>;
  check: (name: string) => Promise<void>;
  publish: (articleId: string, site: string) => Promise<void>;
  cancel: (jobId: number) => Promise<void>;
  compare: (job: PublishJob) => Promise<void>;
  overwrite: (jobId: number) => Promise<void>;
}

/** WordPress sites (Settings) and the outbox (jobs, progress, cancel, wp-admin edits). */
export const publishingState =
  (api: Api): StateCreator<PublishingState> =>
  (set, get) => {
    const failed = (error: AppErrorShape): void => set({ error });
    const reloadJobs = async (): Promise<void> => {
      const jobs = await api.outbox.list({});
      if (jobs.ok) set({ jobs: jobs.value });
    };
    const merged = (job: PublishJob): PublishJob[] => {
      const others = get().jobs.filter((candidate) => candidate.id !== job.id);
      return [job, ...others].sort((left, right) => right.id - left.id);
    };
    return {
      sites: [],
      checks: {},
      jobs: [],
      comparison: null,
      error: null,
      outboxOpen: false,
      correcting: null,
      featured: null,
      async loadFeatured(articleId) {
        const result = await api.outbox.featuredImage({ id: articleId });
        if (result.ok) set({ featured: { articleId, src: result.value.src } });
      },
      async chooseFeatured(articleId, src) {
        const result = await api.outbox.chooseFeaturedImage({ id: articleId, src });
        if (!result.ok) return failed(result.error);
        set({ featured: { articleId, src: result.value.src }, error: null });
      },
      follow: () => api.events.onOutboxChanged(({ job }) => set({ jobs: merged(job) })),
      setOutboxOpen: (outboxOpen) => set({ outboxOpen }),
      askCorrection: (correcting) => set({ correcting, error: null }),
      dismissCorrection: () => set({ correcting: null }),
      async correct(articleId, text) {
        const sites = publishedSites(get().jobs, articleId);
        for (const site of sites) {
          const result = await api.outbox.correct({ id: articleId, site, text });
          if (!result.ok) return (failed(result.error), false);
          set({ jobs: merged(result.value) });
        }
        set({ correcting: null, error: null });
        return sites.length > 0;
      },
      async retry(jobId) {
        const result = await api.outbox.retry({ jobId });
        if (!result.ok) return failed(result.error);
        set({ jobs: merged(result.value) });
      },
      async load() {
        const settings = await api.settings.get({});
        if (settings.ok) set({ sites: settings.value.wordpressSites, error: null });
        await reloadJobs();
      },
      async saveSite(site, applicationPassword) {
        const result = await api.wordpress.saveSite({
          site,
          ...(applicationPassword === '' ? {} : { applicationPassword }),
        });
        if (!result.ok) return (failed(result.error), false);
        set({ sites: result.value, error: null });
        return true;
      },
      async removeSite(name) {
        const result = await api.wordpress.removeSite({ name });
        if (result.ok) set({ sites: result.value });
        else failed(result.error);
      },
      async check(name) {
        set({ checks: { ...get().checks, [name]: { state: 'checking' } } });
        const result = await api.wordpress.checkConnection({ name });
        if (!result.ok) return failed(result.error);
        const check: ConnectionCheck = result.value.ok
          ? { state: 'ok', displayName: result.value.displayName }
          : { state: 'problem', problem: result.value.problem };
        set({ checks: { ...get().checks, [name]: check } });
      },
      async publish(articleId, site) {
        const result = await api.outbox.publish({ id: articleId, site });
        if (!result.ok) return failed(result.error);
        await reloadJobs();
      },
      async cancel(jobId) {
        const result = await api.outbox.cancel({ jobId });
        if (!result.ok) return failed(result.error);
        await reloadJobs();
      },
      async compare(job) {
        const result = await api.outbox.remoteEdit({ id: job.articleId, site: job.site });
        if (!result.ok) return failed(result.error);
        set({ comparison: { jobId: job.id, ...result.value } });
      },
      async overwrite(jobId) {
        const result = await api.outbox.confirmOverwrite({ jobId });
        if (!result.ok) return failed(result.error);
        set({ comparison: null });
        await reloadJobs();
      },
    };
  };

export const usePublishingStore = create<PublishingState>()(publishingState(copydeskBridge()));
