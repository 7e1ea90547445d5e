import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@/lib/appError';
import { saveRules } from '../api/duplicatesApi';
import { renderDuplicates } from '../test/renderDuplicates';
import type { DuplicateRules } from '../types/duplicateTypes';
import { DuplicateRulesForm } from './DuplicateRulesForm';

vi.mock('../api/duplicatesApi', () => ({ saveRules: vi.fn() }));

const rules: DuplicateRules = { entity: 'companies', email: true, phone: true, domain: true, fuzzy: true, threshold: 0.9, block: ['company', 'domain', 'phonetic'], defaultRegion: 'US', custom: false };

beforeEach(() => { vi.mocked(saveRules).mockReset(); });

describe('DuplicateRulesForm', () => {
  it('saves the changed rules', async () => {
    vi.mocked(saveRules).mockResolvedValue({ ...rules, phone: false, custom: true });
    renderDuplicates(<DuplicateRulesForm entity="companies" rules={rules} readOnly={false} />);
    await userEvent.click(screen.getByRole('switch', { name: 'Same phone number' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    const { custom: _custom, ...saved } = rules;
    await waitFor(() => expect(saveRules).toHaveBeenCalledWith({ ...saved, phone: false }));
  });

  it('puts the backend field errors on the fields', async () => {
    vi.mocked(saveRules).mockRejectedValue(new AppError('invalid', 'invalid duplicate rules', { defaultRegion: 'unsupported region "XX"', block: 'block "company" is listed twice' }));
    renderDuplicates(<DuplicateRulesForm entity="companies" rules={rules} readOnly={false} />);
    await userEvent.click(screen.getByRole('switch', { name: 'Same email address' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    expect(await screen.findByText('unsupported region "XX"')).toBeInTheDocument();
    expect(screen.getByText('block "company" is listed twice')).toBeInTheDocument();
  });

  it('asks for a place to look while similar names are on', async () => {
    renderDuplicates(<DuplicateRulesForm entity="companies" rules={{ ...rules, block: ['company'] }} readOnly={false} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Same company' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    expect(await screen.findByText('Similar names need at least one place to look.')).toBeInTheDocument();
    expect(saveRules).not.toHaveBeenCalled();
  });

  it('is read-only without settings.manage', () => {
    renderDuplicates(<DuplicateRulesForm entity="contacts" rules={{ ...rules, entity: 'contacts' }} readOnly />);
    expect(screen.queryByRole('button', { name: 'Save rules' })).toBeNull();
    expect(screen.getByRole('switch', { name: 'Same email address' })).toBeDisabled();
    expect(screen.queryByRole('switch', { name: 'Same web domain' })).toBeNull();
  });
});
