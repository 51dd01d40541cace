/**
 * The presenter view is the only second window the app opens: our own page at #/present/<id>,
 * with the same secure web preferences, placed full screen on a second display when there is one
 * (the projector), else beside the main window. Every other window.open stays refused.
 */
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-protocol';

const PRESENT = /^#\/present\/[0-9a-f-]{36}$/i;

export function isPresenterUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && PRESENT.test(u.hash);
  } catch {
    return false;
  }
}

export function presenterWindowOptions(
  displays: readonly { id: number; workArea: Rectangle; bounds: Rectangle }[],
  primaryId: number,
  webPreferences: BrowserWindowConstructorOptions['webPreferences'],
): BrowserWindowConstructorOptions {
  const second = displays.find((d) => d.id !== primaryId);
  const area = (second ?? displays.find((d) => d.id === primaryId) ?? displays[0])?.workArea ?? { x: 0, y: 0, width: 1280, height: 800 };
  return {
    x: area.x,
    y: area.y,
    width: Math.min(area.width, second ? area.width : 1280),
    height: Math.min(area.height, second ? area.height : 800),
    fullscreen: !!second,
    title: 'Touchpoint · Presenter view',
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences,
  };
}
