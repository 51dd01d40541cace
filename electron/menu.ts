/**
 * The native menu. Undo and redo are the page's own (it knows what one edit is), so those items
 * send a command to the page instead of using the text-field roles. Their shortcuts are shown but
 * not registered: the page handles the keys itself, so a key press never undoes twice.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/channels';

export function menuTemplate(opts: {
  isMac: boolean;
  isPackaged: boolean;
  send: (command: MenuCommand) => void;
}): MenuItemConstructorOptions[] {
  const { isMac, isPackaged, send } = opts;
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: 'File', submenu: [isMac ? { role: 'close' as const } : { role: 'quit' as const }] },
    {
      label: 'Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => send('undo') },
        {
          label: 'Redo',
          accelerator: isMac ? 'Cmd+Shift+Z' : 'Ctrl+Shift+Z',
          registerAccelerator: false,
          click: () => send('redo'),
        },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isPackaged ? [] : [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
    // The page's own sheet of keys (the page also opens it with "?").
    { role: 'help', submenu: [{ label: 'Keyboard Shortcuts', click: () => send('shortcuts') }] },
  ];
}
