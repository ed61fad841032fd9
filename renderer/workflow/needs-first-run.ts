import type { Settings } from '../../shared/model/settings';

/** A profile nobody has filled in nor skipped yet. */
export const needsFirstRun = (settings: Settings | null): boolean =>
  settings !== null && settings.authorName === '' && !settings.onboarded;
