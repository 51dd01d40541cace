/**
 * The Electron main process: app lifecycle, the one window, the menu, the single-instance lock,
 * and the security settings. The library and the handler table are shared with the web bridge.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session } from 'electron';
import { askWhereToSave } from './save-dialog';
import { isPresenterUrl, onWayland, presenterWindowOptions } from './presenter-window';
import { mayNavigate } from './navigation';
import { WindowSlot } from './window-slot';
import path from 'node:path';
import { APP_SCHEME_PRIVILEGES, APP_URL, registerAppProtocol } from './app-protocol';
import { resolveDataDir } from './data-dir';
import { bindFeed, bindIpc, isTrustedFrame } from './ipc';
import { followVetoedClose } from './close-guard';
import { bundledImportWorker, refusalMessage, startLibrary, type RunningLibrary } from './library';
import { menuTemplate } from './menu';
import { secureWebPreferences } from './web-preferences';
import { readWindowState, restoreBounds, writeWindowState } from './window-state';

const dataDir = resolveDataDir(process.argv);
// One folder for everything the app keeps, shared with `npm run web`.
app.setPath('userData', dataDir);

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

// A fault in one request (a bad file, a bug) is logged; the library stays open and answering,
// instead of Electron's error dialog taking over after every edit.
process.on('uncaughtException', (err) => console.error('Unexpected error (still running):', err));
process.on('unhandledRejection', (err) => console.error('Unexpected error (still running):', err));

const main = new WindowSlot(() => createWindow());
/** Web contents that last said they hold edits not on disk yet. */
const unsavedIn = new Set<number>();
let running: RunningLibrary | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A second start brings the window forward, or opens one if it was closed (macOS keeps running).
  app.on('second-instance', () => {
    if (running) main.show();
  });
  app.whenReady().then(start, (err: unknown) => fail(err));
}

function fail(err: unknown): void {
  const refusal = refusalMessage(err);
  dialog.showErrorBox('Touchpoint cannot open its library', refusal ?? String(err instanceof Error ? err.message : err));
  app.exit(1);
}

/** Nothing leaves the machine: only our own scheme and in-page data may load. */
function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.on('will-download', (_event, item) => askWhereToSave(item, app.getPath('documents')));
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = /^(app|data|blob|devtools):/.test(details.url);
    callback({ cancel: !allowed });
  });
}

// Every web contents, present and future: no navigation, no <webview>, and no new windows but
// the presenter view (our own page, same secure preferences).
app.on('web-contents-created', (_event, contents) => {
  // Our own page only (electron/navigation.ts): a presenter window's first load and Reload need it.
  contents.on('will-navigate', (event) => {
    if (!mayNavigate(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!mayNavigate(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (!isPresenterUrl(url)) return { action: 'deny' };
    const displays = screen.getAllDisplays();
    return {
      action: 'allow',
      overrideBrowserWindowOptions: presenterWindowOptions(displays, screen.getPrimaryDisplay().id, secureWebPreferences(path.join(__dirname, 'preload.js')), {
        wayland: onWayland(process.platform, process.env, process.argv),
      }),
    };
  });
});

function createWindow(): BrowserWindow {
  const stateFile = path.join(dataDir, 'window-state.json');
  const saved = readWindowState(stateFile);
  const bounds = restoreBounds(
    saved?.bounds ?? null,
    [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...bounds,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Touchpoint',
    backgroundColor: '#f7f8fa',
    // The flags that matter most are written out here as well, where static security scanners
    // (electronegativity) look for them; secureWebPreferences holds the full, unit-tested set.
    webPreferences: { ...secureWebPreferences(path.join(__dirname, 'preload.js')), contextIsolation: true, sandbox: true, nodeIntegration: false },
  });
  // Maximised only once there is something to show: before 'ready-to-show' it shows an empty window.
  win.once('ready-to-show', () => {
    if (saved?.maximized) win.maximize();
    if (saved?.fullScreen) win.setFullScreen(true);
    win.show();
  });
  // The page vetoes closing while edits are not on disk yet; wait for them, then ask.
  let following = false;
  win.webContents.on('will-prevent-unload', () => {
    if (following) return;
    following = true;
    void followVetoedClose(
      win,
      () => unsavedIn.has(win.webContents.id),
      async () =>
        (
          await dialog.showMessageBox(win, {
            type: 'warning',
            buttons: ['Keep the window open', 'Close anyway'],
            defaultId: 0,
            cancelId: 0,
            message: 'Some edits are not saved yet.',
            detail: 'Touchpoint could not store your last edits. If you close now, they are kept and saved the next time you open this workshop.',
          })
        ).response === 1,
    ).finally(() => (following = false));
  });
  win.on('close', () => {
    writeWindowState(stateFile, {
      bounds: win.getNormalBounds(),
      maximized: win.isMaximized(),
      fullScreen: win.isFullScreen(),
    });
  });
  void win.loadURL(APP_URL);
  return win;
}

/** Anything failing here, before or after the library opens, ends in a dialog, never in an app
 * left running with no window. */
function start(): void {
  try {
    startUp();
  } catch (err) {
    running?.close();
    running = null;
    fail(err);
  }
}

function startUp(): void {
  running = startLibrary({ dataDir, shell: 'electron', version: app.getVersion(), importWorker: bundledImportWorker(__dirname), room: { bindHost: '0.0.0.0', phoneDir: path.join(__dirname, '..', 'phone') } });
  hardenSession();
  registerAppProtocol(protocol, path.join(__dirname, '..', 'renderer'));
  bindIpc(ipcMain, running.handlers);
  bindFeed(ipcMain, running.feed);
  ipcMain.on('tp:unsaved', (event, unsaved: unknown) => {
    if (!isTrustedFrame(event.senderFrame)) return;
    if (unsaved === true) unsavedIn.add(event.sender.id);
    else unsavedIn.delete(event.sender.id);
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        isMac: process.platform === 'darwin',
        isPackaged: app.isPackaged,
        send: (command) => main.window?.webContents.send('tp:menu', command),
      }),
    ),
  );
  main.show();
  // macOS: the Dock icon reopens the window after it was closed, however many times.
  app.on('activate', () => main.show());
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  running?.close();
  running = null;
});

