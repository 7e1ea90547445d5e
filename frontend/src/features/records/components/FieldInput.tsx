import { Checkbox, NumberInput, Select, TagsInput, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconLock } from '@tabler/icons-react';
import type { FieldDef } from '../api/recordsApi';
import { MASK, maxLenOf } from '../types/fieldSchema';
import type { FormValues } from '../types/formValues';
import { toIdList, type RefTitles } from '../types/refTitles';
import { MASKED_HINT } from './MaskedValue';
import { RefMultiSelect } from './RefMultiSelect';
import { RefSelect } from './RefSelect';
import { StageSelect } from './StageSelect';
import { UserSelect } from './UserSelect';

const RELATED_ENTITY = 'relatedEntity';
const RELATED_ENTITY_LABEL = 'Related to';

type FieldInputProps = {
  field: FieldDef;
  form: UseFormReturnType<FormValues>;
  masked: boolean;
  /** Title of the current ref value, for ref fields. */
  refTitle?: string;
  /** Titles of the ids in refs fields (RecordItem.refTitles), for refs fields. */
  refTitles?: RefTitles;
  isStage?: boolean;
  autoFocus?: boolean;
};

const TEXT_TYPES: Record<string, string> = { email: 'email', phone: 'tel', url: 'url', date: 'date', datetime: 'datetime-local' };

/** The input for one FieldDef; masked fields are a read-only "••••". */
export function FieldInput({ field, form, masked, refTitle, refTitles, isStage, autoFocus }: FieldInputProps) {
  const props = form.getInputProps(field.name);
  // A ref with no target entity (relatedId) points into the entity its sibling relatedEntity names.
  const target = field.ref || String(form.getValues()[RELATED_ENTITY] ?? '');
  const common = {
    label: field.label,
    required: field.required,
    disabled: field.readOnly,
    'data-autofocus': autoFocus || undefined,
    key: form.key(field.name),
  };

  if (masked) {
    return (
      <TextInput
        label={field.label}
        value={MASK}
        readOnly
        leftSection={<IconLock size={14} />}
        description={MASKED_HINT}
        aria-readonly
      />
    );
  }
  if (isStage) return <StageSelect {...common} {...props} onChange={(v) => form.setFieldValue(field.name, v)} />;
  if (field.type === 'ref' && field.ref === 'users') {
    return <UserSelect {...common} {...props} onChange={(v) => form.setFieldValue(field.name, v)} />;
  }
  switch (field.type) {
    case 'longtext':
      return <Textarea {...common} {...props} autosize minRows={3} maxRows={10} maxLength={maxLenOf(field)} />;
    case 'number':
      return <NumberInput {...common} {...props} thousandSeparator="," />;
    case 'money':
      return <NumberInput {...common} {...props} thousandSeparator="," decimalScale={2} />;
    case 'bool':
      return <Checkbox {...common} {...form.getInputProps(field.name, { type: 'checkbox' })} mt="xs" />;
    case 'enum':
      return <Select {...common} {...props} data={field.options ?? []} clearable={!field.required} searchable={(field.options ?? []).length > 8} />;
    case 'ref':
      return (
        <RefSelect
          label={field.label}
          required={field.required}
          disabled={field.readOnly}
          key={target}
          entity={target}
          placeholder={target ? 'Type to search' : `Choose "${RELATED_ENTITY_LABEL}" first`}
          value={String(form.getValues()[field.name] ?? '')}
          initialTitle={refTitle}
          error={props.error}
          onChange={(id) => form.setFieldValue(field.name, id)}
        />
      );
    case 'refs':
      return (
        <RefMultiSelect
          label={field.label}
          required={field.required}
          disabled={field.readOnly}
          entity={field.ref}
          placeholder="Type to search"
          value={toIdList(form.getValues()[field.name])}
          titles={refTitles ?? {}}
          error={props.error}
          onChange={(ids) => form.setFieldValue(field.name, ids)}
        />
      );
    case 'tags':
      return <TagsInput {...common} {...props} clearable splitChars={[',']} />;
    default:
      return <TextInput {...common} {...props} type={TEXT_TYPES[field.type] ?? 'text'} spellCheck={field.type === 'text'} />;
  }
}
