import type { FormField } from './form-field';

/** How much of a small screen a question takes: a text box counts double. */
function weight(field: FormField): number {
  return field.type === 'textarea' ? 2 : 1;
}

/**
 * Splits a procedure's questions, in their order, into short steps (one screen each on a
 * phone): at most `maxWeight` per step, a long text box counting as two questions. A form
 * without questions still has no step; the journey goes straight to the documents.
 */
export function groupIntoSteps(fields: readonly FormField[], maxWeight = 5): FormField[][] {
  const steps: FormField[][] = [];
  let current: FormField[] = [];
  let used = 0;
  for (const field of fields) {
    const w = weight(field);
    if (current.length > 0 && used + w > maxWeight) {
      steps.push(current);
      current = [];
      used = 0;
    }
    current.push(field);
    used += w;
  }
  if (current.length > 0) steps.push(current);
  return balanceLastStep(steps, maxWeight);
}

// A last step holding a single question after full ones reads as an afterthought: move one
// question back to it when the one before can spare it.
function balanceLastStep(steps: FormField[][], maxWeight: number): FormField[][] {
  if (steps.length < 2) return steps;
  const last = steps[steps.length - 1];
  const before = steps[steps.length - 2];
  const lastWeight = last.reduce((sum, f) => sum + weight(f), 0);
  const moved = before[before.length - 1];
  if (last.length === 1 && before.length > 2 && lastWeight + weight(moved) <= maxWeight) {
    before.pop();
    last.unshift(moved);
  }
  return steps;
}
