/** Helpers turning input widget values into typed filter operands. */

/** A NumberInput value as a number; '' (empty) stays '' so validation can ask for it. */
export function numberOperand(value: string | number): number | '' {
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  const n = Number(value.replace(/,/g, ''));
  return value.trim() !== '' && Number.isFinite(n) ? n : '';
}

/** Typed list values (TagsInput) for a field type: numbers for number and money, else the trimmed text. */
export function listOperands(type: string, values: readonly string[]): (string | number)[] {
  const numeric = type === 'number' || type === 'money';
  return values
    .map((v) => v.trim())
    .filter(Boolean)
    .map((v) => (numeric && Number.isFinite(Number(v.replace(/,/g, ''))) ? Number(v.replace(/,/g, '')) : v));
}

/** The text of an operand for a text-like input. */
export function operandText(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}
