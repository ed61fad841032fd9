import { OutboxPanel } from './OutboxPanel';
import { usePublishingStore } from './publishing-store';

/** The outbox panel on the publishing store (Settings and the library's outbox dialog). */
export function OutboxView({ bare = false }: { bare?: boolean }) {
  const state = usePublishingStore();
  return (
    <OutboxPanel
      jobs={state.jobs}
      comparison={state.comparison}
      onCancel={(jobId) => void state.cancel(jobId)}
      onRetry={(jobId) => void state.retry(jobId)}
      onCompare={(job) => void state.compare(job)}
      onOverwrite={(jobId) => void state.overwrite(jobId)}
      onRefresh={() => void state.load()}
      bare={bare}
    />
  );
}
