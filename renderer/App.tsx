import { lazy, Suspense, useEffect, useState } from 'react';
import type { AppInfo } from '../shared/api';
import { msg } from '../shared/strings';
import { call } from './api/client';
import { LibraryScreen } from './library/LibraryScreen';
import { useRoute } from './store/route';
import { ScreenErrorBoundary } from './ui/ScreenErrorBoundary';
import { ShortcutsSheet } from './ui/ShortcutsSheet';
import { Toasts } from './ui/Toasts';

// The library is the first screen: it comes in the first script. The workshop (with the canvas
// library), the presenter view and the interview load when first opened, from the app's own files.
const WorkshopScreen = lazy(() => import('./workshop/WorkshopScreen').then((m) => ({ default: m.WorkshopScreen })));
const PresenterScreen = lazy(() => import('./presenter/PresenterScreen').then((m) => ({ default: m.PresenterScreen })));
const InterviewScreen = lazy(() => import('./interview/InterviewScreen').then((m) => ({ default: m.InterviewScreen })));

function Opening() {
  return (
    <div className="centered-message" role="status">
      {msg.common.opening}
    </div>
  );
}

/** The startup notice (a damaged library that was moved aside), shown once, until dismissed. */
function StartupNotice() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    call('appInfo', {}).then(setInfo, () => {});
  }, []);
  if (!info?.notice || dismissed) return null;
  return (
    <div className="banner banner-warning" role="alert">
      <div>
        <strong>{msg.banners.corruptTitle}</strong>
        <p>{info.notice.message}</p>
      </div>
      <button type="button" className="btn btn-secondary btn-small" onClick={() => setDismissed(true)}>
        {msg.common.dismiss}
      </button>
    </div>
  );
}

export function App() {
  const route = useRoute((s) => s.route);
  const go = useRoute((s) => s.go);
  const screenKey = route.screen === 'library' ? 'library' : `${route.screen}:${route.workshopId}`;
  return (
    <>
      <StartupNotice />
      <ScreenErrorBoundary resetKey={screenKey} onLeave={() => go({ screen: 'library' })}>
        <Suspense fallback={<Opening />}>
          {route.screen === 'library' ? (
            <LibraryScreen />
          ) : route.screen === 'present' ? (
            <PresenterScreen workshopId={route.workshopId} />
          ) : route.screen === 'interview' ? (
            <InterviewScreen key={route.workshopId} workshopId={route.workshopId} />
          ) : (
            <WorkshopScreen key={route.workshopId} workshopId={route.workshopId} step={route.step} item={route.item} />
          )}
        </Suspense>
      </ScreenErrorBoundary>
      {route.screen !== 'present' && <ShortcutsSheet />}
      <Toasts />
    </>
  );
}
