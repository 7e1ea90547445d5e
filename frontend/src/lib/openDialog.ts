import { OpenFile } from '../../wailsjs/go/main/DialogService';
import { main } from '../../wailsjs/go/models';
import { call } from './call';
import type { SaveFilter } from './saveDialog';

/** One "files of type" choice of the open dialog, e.g. {displayName: 'CSV file', pattern: '*.csv'}. */
export type OpenFilter = SaveFilter;

/**
 * Asks for a file to open with the native dialog. Resolves its absolute
 * path, or null when the person cancelled; rejects with an AppError when the
 * dialog could not open. It only picks a path: the service that reads the
 * file checks permissions (and the file).
 */
export async function chooseOpenPath(title: string, filters: OpenFilter[] = []): Promise<string | null> {
  const path = await call(() => OpenFile(title, filters.map((f) => main.FileFilter.createFrom(f))));
  return path && path.trim() !== '' ? path : null;
}
