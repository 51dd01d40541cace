/**
 * Where the user is, kept in the URL hash (#/ or #/w/<id>/<step>) so that a reload, or the
 * desktop app's next start, returns to the same screen. Hash changes are not navigations.
 */
import { create } from 'zustand';

export type Route = { screen: 'library' } | { screen: 'workshop'; workshopId: string; step: string };

export function parseHash(hash: string): Route {
  const m = /^#\/w\/([0-9a-f-]{36})(?:\/([a-z]+))?$/i.exec(hash);
  if (m) return { screen: 'workshop', workshopId: m[1]!.toLowerCase(), step: m[2] ?? 'setup' };
  return { screen: 'library' };
}

export function hashOf(route: Route): string {
  return route.screen === 'library' ? '#/' : `#/w/${route.workshopId}/${route.step}`;
}

interface RouteState {
  route: Route;
  go(route: Route): void;
}

export const useRoute = create<RouteState>((set) => ({
  route: parseHash(window.location.hash),
  go: (route) => {
    const hash = hashOf(route);
    if (window.location.hash !== hash) window.location.hash = hash;
    set({ route });
  },
}));

window.addEventListener('hashchange', () => useRoute.setState({ route: parseHash(window.location.hash) }));
