import { Alert, Button, Checkbox, Group, Modal, NumberInput, Radio, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';
import { applyFieldErrors } from '@/lib/formErrors';
import { useStages } from '@/lib/stages';
import type { CrmRecord } from '../api/recordsApi';
import { useConvertLead } from '../hooks/useConvertLead';
import { recordPath } from '../types/format';
import { RefSelect } from './RefSelect';
import { StageSelect } from './StageSelect';

type ConvertLeadModalProps = { lead: CrmRecord; opened: boolean; onClose: () => void };

/** Turn a lead into a contact, a company (existing or new) and optionally a deal. */
export function ConvertLeadModal({ lead, opened, onClose }: ConvertLeadModalProps) {
  const navigate = useNavigate();
  const convert = useConvertLead();
  const stages = useStages(opened);
  const firstOpen = stages.data?.find((s) => !s.won && !s.lost)?.id ?? '';
  const form = useForm({
    initialValues: { company: 'new', companyId: '', createDeal: true, dealName: `${lead.title} deal`, dealAmount: '' as number | string, stageId: '' },
    validate: {
      companyId: (v, all) => (all.company === 'existing' && !v ? 'Choose a company.' : null),
      dealName: (v, all) => (all.createDeal && v.trim() === '' ? 'Name the deal.' : null),
      dealAmount: (v, all) => (all.createDeal && v !== '' && (!Number.isFinite(Number(v)) || Number(v) < 0) ? 'Enter an amount of 0 or more.' : null),
    },
  });
  const v = form.getValues();
  const submit = form.onSubmit((values) =>
    convert.mutate(
      {
        leadId: lead.id,
        companyId: values.company === 'existing' ? values.companyId : '',
        createDeal: values.createDeal,
        dealName: values.createDeal ? values.dealName.trim() : '',
        dealAmount: values.createDeal && values.dealAmount !== '' ? Number(values.dealAmount) : 0,
        stageId: values.createDeal ? values.stageId || firstOpen : '',
      },
      {
        onSuccess: (result) => {
          notifications.show({ color: 'teal', title: 'Lead converted', message: `${lead.title} is now a contact.` });
          onClose();
          navigate(recordPath('contacts', result.contactId));
        },
        onError: (raw) => applyFieldErrors(form, toAppError(raw), { leadId: 'companyId' }),
      },
    ),
  );
  const error = convert.error ? toAppError(convert.error) : null;

  return (
    <Modal opened={opened} onClose={onClose} title={`Convert ${lead.title}`} centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error && !error.fields && <Alert color="red" variant="light">{describeError(error)}</Alert>}
          <Radio.Group label="Company" {...form.getInputProps('company')}>
            <Stack gap={8} mt={6}>
              <Radio value="new" label="Create a company from the lead" />
              <Radio value="existing" label="Link to an existing company" />
            </Stack>
          </Radio.Group>
          {v.company === 'existing' && (
            <RefSelect entity="companies" label="Existing company" placeholder="Type to search companies" required
              value={v.companyId} error={form.errors.companyId} onChange={(id) => form.setFieldValue('companyId', id)} />
          )}
          <Checkbox label="Also create a deal" {...form.getInputProps('createDeal', { type: 'checkbox' })} />
          {v.createDeal && (
            <Group grow align="flex-start">
              <TextInput label="Deal name" required {...form.getInputProps('dealName')} />
              <NumberInput label="Amount" min={0} thousandSeparator="," decimalScale={2} {...form.getInputProps('dealAmount')} />
              <StageSelect label="Stage" value={v.stageId || firstOpen || null} onChange={(id) => form.setFieldValue('stageId', id)} />
            </Group>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={convert.isPending}>Convert lead</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
