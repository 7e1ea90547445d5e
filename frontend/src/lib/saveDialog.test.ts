import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveFile } from '../../wailsjs/go/main/DialogService';
import { AppError } from './appError';
import { chooseSavePath, fileStamp } from './saveDialog';

vi.mock('../../wailsjs/go/main/DialogService', () => ({ SaveFile: vi.fn() }));

describe('chooseSavePath', () => {
  beforeEach(() => {
    vi.mocked(SaveFile).mockReset();
  });

  it('passes title, name and filters, and returns the chosen path', async () => {
    vi.mocked(SaveFile).mockResolvedValue('/home/ana/audit.xlsx');
    const got = await chooseSavePath('Export', 'audit.xlsx', [{ displayName: 'Excel workbook', pattern: '*.xlsx' }]);
    expect(got).toBe('/home/ana/audit.xlsx');
    const [title, name, filters] = vi.mocked(SaveFile).mock.calls[0];
    expect([title, name]).toEqual(['Export', 'audit.xlsx']);
    expect(filters).toEqual([expect.objectContaining({ displayName: 'Excel workbook', pattern: '*.xlsx' })]);
  });

  it('is null when the dialog was cancelled', async () => {
    vi.mocked(SaveFile).mockResolvedValue('');
    expect(await chooseSavePath('Export', 'audit.xlsx')).toBeNull();
  });

  it('rejects with an AppError when the dialog fails', async () => {
    vi.mocked(SaveFile).mockImplementation(() => Promise.reject({ code: 'unavailable', message: 'No dialog here.' }));
    const error = await chooseSavePath('Export', 'audit.xlsx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('unavailable');
  });
});

describe('fileStamp', () => {
  it('is a sortable local timestamp without separators a file system dislikes', () => {
    expect(fileStamp(new Date(2026, 0, 5, 9, 7))).toBe('2026-01-05-0907');
  });
});
