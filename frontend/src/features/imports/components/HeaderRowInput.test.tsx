import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderImports } from '../test/renderImports';
import { HeaderRowInput, MAX_HEADER_ROW } from './HeaderRowInput';

function setup(value = 1, chosen = false) {
  const onCommit = vi.fn();
  renderImports(<HeaderRowInput value={value} chosen={chosen} disabled={false} onCommit={onCommit} />);
  const input = screen.getByRole('textbox', { name: 'Header row' });
  return { input, onCommit };
}

describe('HeaderRowInput', () => {
  it('reads the file again only when the person leaves the field or presses Enter', () => {
    const { input, onCommit } = setup(1);
    fireEvent.change(input, { target: { value: '1' } });
    fireEvent.change(input, { target: { value: '12' } });
    expect(onCommit).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onCommit).toHaveBeenCalledWith(12);
    fireEvent.change(input, { target: { value: '3' } });
    fireEvent.blur(input);
    expect(onCommit).toHaveBeenLastCalledWith(3);
  });

  it('ignores the row it already shows and rows out of range, and puts the shown row back', () => {
    const { input, onCommit } = setup(4);
    fireEvent.blur(input);
    fireEvent.change(input, { target: { value: '' } });
    fireEvent.blur(input);
    expect(onCommit).not.toHaveBeenCalled();
    expect(input).toHaveValue('4');
    fireEvent.change(input, { target: { value: String(MAX_HEADER_ROW + 1) } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('commits once when Enter is followed by leaving the field', () => {
    const { input, onCommit } = setup(1);
    fireEvent.change(input, { target: { value: '5' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.blur(input);
    expect(onCommit).toHaveBeenCalledTimes(1);
    expect(onCommit).toHaveBeenCalledWith(5);
  });

  it('says whether the row was detected below skipped rows or chosen', () => {
    setup(3);
    expect(screen.getByText('Rows above skipped')).toBeInTheDocument();
  });

  it('says when the person chose it', () => {
    setup(2, true);
    expect(screen.getByText('Chosen by you')).toBeInTheDocument();
  });
});
