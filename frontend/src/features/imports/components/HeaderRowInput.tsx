import { useRef, useState } from 'react';
import { NumberInput } from '@mantine/core';

/** The highest header row the backend accepts (backend/service/import_service.go maxHeaderRow). */
export const MAX_HEADER_ROW = 10_000;

type HeaderRowInputProps = {
  /** The row the header was read from. */
  value: number;
  /** True when the person chose it rather than the detection. */
  chosen: boolean;
  disabled: boolean;
  /** Called with a new row once the person leaves the field or presses Enter (not on every keystroke: each reads the file again). */
  onCommit: (row: number) => void;
};

/**
 * Which row of the file holds the column names: detected (title rows
 * skipped), or chosen. Key it by the shown and the requested row so that a
 * new reading of the file starts a new draft.
 */
export function HeaderRowInput({ value, chosen, disabled, onCommit }: HeaderRowInputProps) {
  const [draft, setDraft] = useState<string | number>(value);
  // Enter then leaving the field commits once: the file is read once.
  const committed = useRef(value);
  const commit = () => {
    const row = typeof draft === 'number' ? draft : Number.parseInt(draft, 10);
    if (!Number.isInteger(row) || row < 1 || row > MAX_HEADER_ROW) setDraft(value);
    else if (row !== committed.current) {
      committed.current = row;
      onCommit(row);
    }
  };
  return (
    <NumberInput
      label="Header row"
      description={chosen ? 'Chosen by you' : value > 1 ? 'Rows above skipped' : 'Detected'}
      w={130}
      min={1}
      max={MAX_HEADER_ROW}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="strict"
      disabled={disabled}
      value={draft}
      onChange={setDraft}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
      data-testid="import-header-row"
    />
  );
}
