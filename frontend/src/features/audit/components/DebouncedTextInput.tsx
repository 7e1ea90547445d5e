import { Autocomplete, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useEffectEvent, useState, type ReactNode } from 'react';

type DebouncedTextInputProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  description?: string;
  leftSection?: ReactNode;
  /** Offered while typing; free text stays allowed. */
  suggestions?: readonly string[];
  w?: number | string;
  delay?: number;
};

/**
 * A text filter that reports its value once typing pauses, so the list is not
 * re-queried per keystroke; follows `value` when it changes from outside
 * (Clear filters, a link, Back).
 */
export function DebouncedTextInput({ value, onChange, suggestions, delay = 300, ...props }: DebouncedTextInputProps) {
  const [draft, setDraft] = useState(value);
  const [outside, setOutside] = useState(value);
  if (value !== outside) {
    setOutside(value);
    setDraft(value);
  }
  const [debounced] = useDebouncedValue(draft, delay);
  const report = useEffectEvent((next: string) => {
    if (next !== value) onChange(next);
  });
  useEffect(() => report(debounced), [debounced]);

  if (suggestions) {
    return <Autocomplete {...props} data={[...suggestions]} value={draft} onChange={setDraft} limit={12} />;
  }
  return <TextInput {...props} value={draft} onChange={(e) => setDraft(e.currentTarget.value)} />;
}
