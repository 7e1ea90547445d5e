import type { FieldDef } from '../api/recordsApi';
import { useRecord } from '../hooks/useRecord';
import { HIDDEN_RECORD } from '../types/refTitles';
import { RefSelect } from './RefSelect';

type RefFilterValueProps = {
  /** The refs field being filtered; its `ref` names the entity to pick from. */
  field: FieldDef;
  value: string;
  /** The title of `value` when known (picked in this editor). */
  label?: string;
  onChange: (id: string, title?: string) => void;
};

/**
 * The record a refs "includes" filter looks for. A filter from a saved view
 * holds only the id: its title is fetched, or shown as hidden if unreadable.
 */
export function RefFilterValue({ field, value, label, onChange }: RefFilterValueProps) {
  const record = useRecord(field.ref, value, !!value && !label);
  const title = label ?? (record.data?.title || (record.isError ? HIDDEN_RECORD : undefined));
  return (
    <RefSelect
      key={title ?? 'pending'}
      size="xs"
      aria-label={`${field.label} record`}
      placeholder="Type to search"
      entity={field.ref}
      value={value}
      initialTitle={title}
      comboboxProps={{ withinPortal: false }}
      onChange={onChange}
    />
  );
}
