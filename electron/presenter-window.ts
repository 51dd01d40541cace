/**
 * The presenter view is the only second window the app opens: our own page at #/present/<id>,
 * with the same secure web preferences, placed full screen on a second display when there is one
 * (the projector). Every other window.open stays refused.
 *
 * - One display: a window in the lower right of the screen, so it does not cover the main
 *   window's controls; the facilitator drags it where the projector mirrors.
 * - Linux on Wayland (Electron runs natively there since 38): a window cannot choose where it
 *   goes, so full screen would land on the facilitator's own screen. It opens windowed, and its
 *   title says how to move it.
 */
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { msg } from '../shared/strings';
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

/** True when this Electron draws its windows through Wayland (where x and y are ignored). */
export function onWayland(platform: string, env: Record<string, string | undefined>, argv: readonly string[]): boolean {
  if (platform !== 'linux' || !env.WAYLAND_DISPLAY) return false;
  const forced = argv.find((a) => a.startsWith('--ozone-platform='))?.split('=')[1] ?? env.ELECTRON_OZONE_PLATFORM_HINT;
  return forced !== 'x11';
}

export function presenterWindowOptions(
  displays: readonly { id: number; workArea: Rectangle; bounds: Rectangle }[],
  primaryId: number,
  webPreferences: BrowserWindowConstructorOptions['webPreferences'],
  opts: { wayland?: boolean } = {},
): BrowserWindowConstructorOptions {
  const common = { backgroundColor: '#ffffff', autoHideMenuBar: true, webPreferences };
  if (opts.wayland) {
    return { ...common, width: 1280, height: 800, fullscreen: false, title: msg.presenter.windowTitleMoveIt };
  }
  const second = displays.find((d) => d.id !== primaryId);
  if (second) {
    const area = second.workArea;
    return { ...common, x: area.x, y: area.y, width: area.width, height: area.height, fullscreen: true, title: msg.presenter.windowTitle };
  }
  const area = (displays.find((d) => d.id === primaryId) ?? displays[0])?.workArea ?? { x: 0, y: 0, width: 1280, height: 800 };
  const width = Math.min(1280, Math.round(area.width * 0.6));
  const height = Math.min(800, Math.round(area.height * 0.6));
  return { ...common, x: area.x + area.width - width, y: area.y + area.height - height, width, height, fullscreen: false, title: msg.presenter.windowTitle };
}
