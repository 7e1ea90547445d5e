import type { Stage } from '@/lib/stages';

/** Problems per row index (and "form" for the whole list), in the words the UI shows. */
export function stageProblems(stages: readonly Stage[]): Record<string, string> {
  const out: Record<string, string> = {};
  const seen = new Set<string>();
  stages.forEach((s, i) => {
    const name = s.name.trim().toLowerCase();
    if (!name) out[i] = 'Name the stage.';
    else if (s.name.length > 60) out[i] = 'At most 60 characters.';
    else if (seen.has(name)) out[i] = 'Two stages have this name.';
    else if (!Number.isInteger(s.probability) || s.probability < 0 || s.probability > 100) out[i] = 'Probability is 0 to 100.';
    else if (s.won && s.lost) out[i] = 'A stage is won or lost, not both.';
    seen.add(name);
  });
  if (stages.length === 0) out.form = 'Keep at least one stage.';
  else if (!stages.some((s) => !s.won && !s.lost)) out.form = 'Keep at least one open stage.';
  return out;
}
