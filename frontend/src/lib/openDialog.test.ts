import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OpenFile } from '../../wailsjs/go/main/DialogService';
import { AppError } from './appError';
import { chooseOpenPath } from './openDialog';

vi.mock('../../wailsjs/go/main/DialogService', () => ({ OpenFile: vi.fn() }));

describe('chooseOpenPath', () => {
  beforeEach(() => {
    vi.mocked(OpenFile).mockReset();
  });

  it('passes title and filters, and returns the chosen path', async () => {
    vi.mocked(OpenFile).mockResolvedValue('/home/ana/contacts.csv');
    expect(await chooseOpenPath('Import', [{ displayName: 'CSV', pattern: '*.csv' }])).toBe('/home/ana/contacts.csv');
    const [title, filters] = vi.mocked(OpenFile).mock.calls[0];
    expect(title).toBe('Import');
    expect(filters).toEqual([expect.objectContaining({ displayName: 'CSV', pattern: '*.csv' })]);
  });

  it('is null when the dialog was cancelled', async () => {
    vi.mocked(OpenFile).mockResolvedValue('  ');
    expect(await chooseOpenPath('Import')).toBeNull();
  });

  it('rejects with an AppError when the dialog fails', async () => {
    vi.mocked(OpenFile).mockImplementation(() => Promise.reject({ code: 'unavailable', message: 'No dialog here.' }));
    const error = await chooseOpenPath('Import').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
  });
});
