const storageKey = 'copydesk.token';

/**
 * Browser mode: the token arrives in `?token=`, is kept in sessionStorage for reloads of the tab,
 * and `hideFromAddress` gets the query without it, so it leaves the address bar (and what is shared
 * or bookmarked from there).
 */
export function readSessionToken(
  location: Pick<Location, 'search'>,
  storage: Storage,
  hideFromAddress: (search: string) => void = () => undefined,
): string {
  const query = new URLSearchParams(location.search);
  const fromUrl = query.get('token');
  if (fromUrl) {
    storage.setItem(storageKey, fromUrl);
    query.delete('token');
    hideFromAddress(query.size > 0 ? `?${query.toString()}` : '');
    return fromUrl;
  }
  return storage.getItem(storageKey) ?? '';
}

/** Replaces the current address with one whose query is `search`, keeping path and fragment. */
export const replaceAddressQuery = (search: string): void => {
  const { pathname, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
};
