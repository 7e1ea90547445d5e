import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { dealFields } from '../test/dealFields';
import { renderReports } from '../test/renderReports';
import { FieldSelect } from './FieldSelect';

const open = () => fireEvent.click(screen.getByRole('combobox', { name: 'Field' }));

describe('FieldSelect', () => {
  it('lists a masked field disabled, with a lock; choosing it does nothing', async () => {
    const onChange = vi.fn();
    renderReports(<FieldSelect fields={dealFields} value="" onChange={onChange} label="Field" />);
    open();
    const masked = await screen.findByRole('option', { name: 'Company annual revenue' });
    expect(masked).toHaveAttribute('data-combobox-disabled');
    expect(masked.querySelector('[data-testid="masked-field-option"]')).not.toBeNull();
    fireEvent.click(masked);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('chooses a field by its key', async () => {
    const onChange = vi.fn();
    renderReports(<FieldSelect fields={dealFields} value="" onChange={onChange} label="Field" />);
    open();
    fireEvent.click(await screen.findByRole('option', { name: 'Amount' }));
    expect(onChange).toHaveBeenCalledWith('amount');
  });
});
