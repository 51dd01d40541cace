import type { ExportedFile } from '../../shared/api';
/**
 * Saving a file the app made. In a browser it downloads; in Electron the same download shows the
 * system's save dialog. Either way nothing leaves the machine.
 */
export function download(filename: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file main made (text, or base64 bytes) as a Blob ready to save. */
export function blobOf(file: ExportedFile): Blob {
  if (file.encoding === 'utf8') return new Blob([file.content], { type: file.mimeType });
  const raw = atob(file.content);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return new Blob([bytes], { type: file.mimeType });
}

/** Bytes as base64, in slices (one String.fromCharCode over megabytes overflows the stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  let raw = '';
  for (let i = 0; i < bytes.length; i += 0x8000) raw += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(raw);
}

/** Bytes the user picked, as base64 for the contract (which carries JSON in the browser). */
export async function base64Of(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
