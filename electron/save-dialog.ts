/**
 * Exports reach the user as downloads from the page; in Electron a download without a path asks
 * where to save with the system dialog. This names that dialog and offers the file's own type,
 * starting in Documents, so saving a report feels like saving any document.
 */
import type { DownloadItem, SaveDialogOptions } from 'electron';
import path from 'node:path';

const TYPES: Record<string, { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  csv: { name: 'CSV (comma-separated values)', extensions: ['csv'] },
  md: { name: 'Markdown', extensions: ['md'] },
  png: { name: 'PNG image', extensions: ['png'] },
  ojf: { name: 'Open Journey Format', extensions: ['ojf', 'json'] },
  json: { name: 'JSON', extensions: ['json'] },
  touchpoint: { name: 'Touchpoint workshop', extensions: ['touchpoint'] },
};

export function saveDialogOptions(fileName: string, documentsDir: string): SaveDialogOptions {
  const ext = path.extname(fileName).slice(1).toLowerCase();
  const type = TYPES[ext];
  return {
    title: 'Save export',
    defaultPath: path.join(documentsDir, path.basename(fileName)),
    filters: type ? [type, { name: 'All files', extensions: ['*'] }] : [{ name: 'All files', extensions: ['*'] }],
  };
}

export function askWhereToSave(item: Pick<DownloadItem, 'getFilename' | 'setSaveDialogOptions'>, documentsDir: string): void {
  item.setSaveDialogOptions(saveDialogOptions(item.getFilename(), documentsDir));
}
