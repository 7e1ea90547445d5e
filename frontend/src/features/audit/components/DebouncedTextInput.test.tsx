import { MantineProvider } from '@mantine/core';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DebouncedTextInput } from './DebouncedTextInput';

describe('DebouncedTextInput', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reports once typing pauses, and follows outside changes', () => {
    const onChange = vi.fn();
    const ui = (value: string) => (
      <MantineProvider>
        <DebouncedTextInput label="Search" value={value} onChange={onChange} />
      </MantineProvider>
    );
    const { rerender } = render(ui(''));
    const box = screen.getByLabelText('Search');
    fireEvent.change(box, { target: { value: 'an' } });
    fireEvent.change(box, { target: { value: 'ana' } });
    expect(onChange).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(350);
    });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith('ana');
    rerender(ui('ana')); // the parent took it (the URL)
    rerender(ui('')); // Clear filters
    expect(box).toHaveValue('');
    act(() => {
      vi.advanceTimersByTime(350);
    });
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
