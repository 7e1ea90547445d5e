import { Group, Progress, Text } from '@mantine/core';
import { passphraseStrength } from '@/lib/passphraseStrength';

type PassphraseStrengthMeterProps = { value: string };

/** A four-segment strength hint under a new-passphrase field. */
export function PassphraseStrengthMeter({ value }: PassphraseStrengthMeterProps) {
  const strength = passphraseStrength(value);
  return (
    <div aria-live="polite">
      <Group gap={4} grow mt={6}>
        {[1, 2, 3, 4].map((segment) => (
          <Progress
            key={segment}
            size={4}
            value={strength.score >= segment ? 100 : 0}
            color={strength.color}
            aria-hidden
          />
        ))}
      </Group>
      <Text fz="xs" c="dimmed" mt={4} mih={18}>
        {strength.label ? `Strength: ${strength.label}` : 'Tip: a few unrelated words make a long passphrase that is easy to type.'}
      </Text>
    </div>
  );
}
