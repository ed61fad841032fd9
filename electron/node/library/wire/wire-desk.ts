import type {
  WireEntry,
  WireQueryInput,
  WireStoreOutcome,
  WireSummary,
} from '../../../../shared/model/wire-entry';
import type { WireItem } from '../../../../shared/model/wire-item';

/** The library's wire items: agency copy kept read-only beside the articles. */
export interface WireDesk {
  /** Stores the items read from one file (`source` names it), in one transaction. */
  store(items: readonly WireItem[], source: string): WireStoreOutcome[];
  list(query: WireQueryInput): WireSummary[];
  get(id: number): WireEntry;
  markRead(id: number): void;
}
