/**
 * Asking main for an export and saving it: one place for every export button, so each shows the
 * same progress, the same toast and the same clear message when something goes wrong.
 */
import type { ExportedFile } from '../../shared/api';
import { msg } from '../../shared/strings';
import { errorMessage } from '../api/client';
import { toast } from '../store/toasts';
import { blobOf, download } from './download';

export async function saveExport(make: () => Promise<ExportedFile>): Promise<boolean> {
  try {
    const file = await make();
    download(file.fileName, blobOf(file));
    toast(msg.journey.exported(file.fileName));
    for (const warning of file.warnings ?? []) toast(warning, 'error');
    return true;
  } catch (err) {
    toast(errorMessage(err), 'error');
    return false;
  }
}
