import { Select, type SelectProps } from '@mantine/core';
import { useStages } from '@/lib/stages';

type StageSelectProps = Omit<SelectProps, 'data' | 'onChange'> & { onChange: (stageId: string) => void };

/** A deal stage picker (stages from Admin → Pipeline, in board order). */
export function StageSelect({ onChange, ...props }: StageSelectProps) {
  const stages = useStages();
  const data = (stages.data ?? []).map((s) => ({ value: s.id, label: s.name }));
  return (
    <Select
      data={data}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
      onChange={(value) => value && onChange(value)}
      {...props}
    />
  );
}
