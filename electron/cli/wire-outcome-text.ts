import type { WireStoreOutcome } from '../../shared/model/wire-entry';

/** One line per stored item: what happened, the agency's identity and version, the headline. */
export const wireOutcomeText = (outcome: WireStoreOutcome): string =>
  `${outcome.outcome} ${outcome.agency} ${outcome.itemId} v${outcome.version} ${outcome.headline}\n`;
