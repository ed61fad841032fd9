export interface LibraryRefreshTargets {
  refreshList: () => Promise<void>;
  /** The filters' sections, tags and bylines. */
  refreshFacets: () => Promise<void>;
  /** Another library was opened: its name, path and facets too. */
  reloadLibrary: () => Promise<void>;
}

/** Long enough to fold a burst (an import, autosaves in another window) into one refresh. */
const libraryRefreshDelayMs = 300;

/**
 * Collects `library:changed` events and refreshes once they pause; an empty id list means
 * the whole library changed. Returns the event listener and a stop for unmount.
 */
export function createLibraryRefresher(
  targets: LibraryRefreshTargets,
  delayMs = libraryRefreshDelayMs,
): { onChanged: (payload: { articleIds: string[] }) => void; stop: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wholeLibrary = false;
  const refresh = () => {
    timer = undefined;
    const reloadAll = wholeLibrary;
    wholeLibrary = false;
    void targets.refreshList();
    void (reloadAll ? targets.reloadLibrary() : targets.refreshFacets());
  };
  return {
    onChanged({ articleIds }) {
      if (articleIds.length === 0) wholeLibrary = true;
      clearTimeout(timer);
      timer = setTimeout(refresh, delayMs);
    },
    stop: () => clearTimeout(timer),
  };
}
