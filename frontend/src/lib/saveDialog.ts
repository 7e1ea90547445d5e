import { SaveFile } from '../../wailsjs/go/main/DialogService';
import { main } from '../../wailsjs/go/models';
import { call } from './call';

/** One "files of type" choice of the save dialog, e.g. {displayName: 'Excel workbook', pattern: '*.xlsx'}. */
export type SaveFilter = { displayName: string; pattern: string };

/**
 * Asks where to save a file with the native dialog. Resolves the absolute
 * path, or null when the person cancelled the dialog; rejects with an
 * AppError when the dialog could not open (e.g. outside the desktop app).
 * It only picks a path: the service that writes the file checks permissions.
 */
export async function chooseSavePath(title: string, suggestedName: string, filters: SaveFilter[] = []): Promise<string | null> {
  const path = await call(() => SaveFile(title, suggestedName, filters.map((f) => main.FileFilter.createFrom(f))));
  return path && path.trim() !== '' ? path : null;
}

/** "2026-05-01-1430": a local timestamp that sorts and is safe in a file name. */
export function fileStamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}`;
}
