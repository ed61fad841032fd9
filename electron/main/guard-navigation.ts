import type { WebContents } from 'electron';
import { isAppUrl } from './app-origin';

/**
 * Pages never leave the app: navigation elsewhere, new windows and webviews are refused.
 * Links leave only through `openExternal` (safeOpenExternal, which allows http, https, mailto).
 */
export function guardNavigation(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  openExternal: (url: string) => Promise<boolean>,
): void {
  const stayInApp = (event: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternal(url);
    return { action: 'deny' };
  });
}
