import { TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useEffectEvent, useState } from 'react';

type DebouncedSearchInputProps = { label: string; placeholder?: string; value: string; onChange: (value: string) => void; w?: number };

/** A search box that reports once typing pauses; follows `value` when it changes from outside (Clear filters, Back). */
export function DebouncedSearchInput({ label, placeholder, value, onChange, w }: DebouncedSearchInputProps) {
  const [draft, setDraft] = useState(value);
  const [outside, setOutside] = useState(value);
  if (value !== outside) {
    setOutside(value);
    setDraft(value);
  }
  const [debounced] = useDebouncedValue(draft, 300);
  const report = useEffectEvent((next: string) => {
    if (next !== value) onChange(next);
  });
  useEffect(() => report(debounced), [debounced]);
  return (
    <TextInput label={label} placeholder={placeholder} w={w} leftSection={<IconSearch size={16} />} value={draft} onChange={(e) => setDraft(e.currentTarget.value)} maxLength={200} />
  );
}
