/**
 * Groups notes into themes off the main thread (docs/themes.md), so the screen never freezes on a
 * few hundred notes; it reports its progress as it goes.
 */
import { proposeThemes, type ThemeInput } from '../../shared/domain/themes/cluster';

self.onmessage = (e: MessageEvent<{ notes: ThemeInput[] }>) => {
  const themes = proposeThemes(e.data.notes, { progress: (done) => self.postMessage({ progress: done }) });
  self.postMessage({ themes });
};
