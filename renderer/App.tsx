import { useEffect, useState } from 'react';
import type { AppInfo } from '../shared/api';
import { msg } from '../shared/strings';
import { call } from './api/client';
import { InterviewScreen } from './interview/InterviewScreen';
import { LibraryScreen } from './library/LibraryScreen';
import { PresenterScreen } from './presenter/PresenterScreen';
import { useRoute } from './store/route';
import { Toasts } from './ui/Toasts';
import { WorkshopScreen } from './workshop/WorkshopScreen';

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
  return (
    <>
      <StartupNotice />
      {route.screen === 'library' ? (
        <LibraryScreen />
      ) : route.screen === 'present' ? (
        <PresenterScreen workshopId={route.workshopId} />
      ) : route.screen === 'interview' ? (
        <InterviewScreen key={route.workshopId} workshopId={route.workshopId} />
      ) : (
        <WorkshopScreen key={route.workshopId} workshopId={route.workshopId} step={route.step} item={route.item} />
      )}
      <Toasts />
    </>
  );
}
