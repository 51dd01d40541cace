/**
 * Where a window of ours may go. Every navigation is refused but one: to our own page,
 * app://touchpoint/index.html (any hash). Two real loads need that one: a window.open child's
 * first load, which since Electron 18 the page itself starts and which 'will-navigate' would
 * otherwise cancel (electron/electron#33612: the presenter opened blank), and the error screen's
 * Reload button.
 */
import { APP_HOST, APP_SCHEME } from './app-protocol';

export function mayNavigate(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && (u.pathname === '/' || u.pathname === '/index.html') && u.search === '' && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}
