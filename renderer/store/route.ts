/**
 * Where the user is, kept in the URL hash (#/ or #/w/<id>/<step>) so that a reload, or the
 * desktop app's next start, returns to the same screen. Hash changes are not navigations.
 */
import { create } from 'zustand';

export type Route =
  | { screen: 'library' }
  | { screen: 'present'; workshopId: string }
  | { screen: 'interview'; workshopId: string }
  | { screen: 'workshop'; workshopId: string; step: string; /** a persona or journey id */ item?: string };

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const WORKSHOP_HASH = new RegExp(`^#/w/(${UUID})(?:/([a-z]+)(?:/(${UUID}))?)?$`, 'i');

const PRESENT_HASH = new RegExp(`^#/present/(${UUID})$`, 'i');
const INTERVIEW_HASH = new RegExp(`^#/interview/(${UUID})$`, 'i');

export function parseHash(hash: string): Route {
  const p = PRESENT_HASH.exec(hash);
  if (p) return { screen: 'present', workshopId: p[1]!.toLowerCase() };
  const iv = INTERVIEW_HASH.exec(hash);
  if (iv) return { screen: 'interview', workshopId: iv[1]!.toLowerCase() };
  const m = WORKSHOP_HASH.exec(hash);
  if (!m) return { screen: 'library' };
  const route: Route = { screen: 'workshop', workshopId: m[1]!.toLowerCase(), step: m[2] ?? 'setup' };
  return m[3] ? { ...route, item: m[3].toLowerCase() } : route;
}

export function hashOf(route: Route): string {
  if (route.screen === 'library') return '#/';
  if (route.screen === 'present') return `#/present/${route.workshopId}`;
  if (route.screen === 'interview') return `#/interview/${route.workshopId}`;
  return `#/w/${route.workshopId}/${route.step}${route.item ? `/${route.item}` : ''}`;
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
