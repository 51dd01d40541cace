/**
 * The colour theme: follow the system, or light, dark or high contrast chosen in Settings. A
 * preference of this screen, not workshop data, so it lives in the page's own storage; every open
 * window (the presenter view too) picks up a change at once through the storage event.
 */
export const THEMES = ['system', 'light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

const KEY = 'touchpoint.theme';
export const THEME_EVENT = 'touchpoint-theme';

export function readTheme(): Theme {
  try {
    const v = localStorage.getItem(KEY);
    return (THEMES as readonly string[]).includes(v ?? '') ? (v as Theme) : 'system';
  } catch {
    return 'system';
  }
}

export function applyTheme(theme: Theme = readTheme()): void {
  const root = document.documentElement;
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
  // The canvases read colours from CSS variables; tell them to read again.
  window.dispatchEvent(new Event(THEME_EVENT));
}

export function saveTheme(theme: Theme): void {
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    // without storage the choice lasts until the window closes
  }
  applyTheme(theme);
}

/** Call once at start: applies the saved theme and follows changes made in other windows. */
export function watchTheme(): void {
  applyTheme();
  window.addEventListener('storage', (e) => {
    if (e.key === KEY) applyTheme();
  });
}
