const storageKey = 'copydesk.token';

/** Browser mode: the token arrives in `?token=` and survives reloads of the tab in sessionStorage. */
export function readSessionToken(location: Pick<Location, 'search'>, storage: Storage): string {
  const fromUrl = new URLSearchParams(location.search).get('token');
  if (fromUrl) {
    storage.setItem(storageKey, fromUrl);
    return fromUrl;
  }
  return storage.getItem(storageKey) ?? '';
}
