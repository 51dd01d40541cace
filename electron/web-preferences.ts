/**
 * The window's security settings, in one constant that a unit test pins down: the page runs
 * isolated from the preload, in Chromium's sandbox, with no Node.js.
 */
import type { WebPreferences } from 'electron';

export function secureWebPreferences(preload: string, platform: string = process.platform): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // On Windows and Linux Chromium fetches its dictionaries from Google's servers: nothing may
    // leave the machine, so spelling is checked only on macOS, by the system's own checker.
    spellcheck: platform === 'darwin',
    // A middle click must not open a link in a new window.
    disableBlinkFeatures: 'Auxclick',
  };
}
