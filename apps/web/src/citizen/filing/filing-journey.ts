import type { FormField, FormValues } from '../../forms';
import { groupIntoSteps, readFormValues, rawFromValues } from '../../forms';

/** The pages of the filing journey after the start, in order; form steps are `thong-tin-<n>`. */
export type JourneyStep =
  | { kind: 'form'; slug: string; index: number; fields: FormField[] }
  | { kind: 'documents'; slug: 'giay-to' }
  | { kind: 'delivery'; slug: 'nhan-ket-qua' }
  | { kind: 'check'; slug: 'kiem-tra' };

export interface JourneyProcedure {
  code: string;
  fields: FormField[];
  requiredDocuments: { code: string; name: string; required: boolean }[];
}

export interface JourneyDraft {
  id: string;
  formData: Record<string, unknown>;
  attachments: { documentCode: string }[];
}

/** Every step of the journey for a procedure: its form in short steps, then the rest. */
export function journeySteps(procedure: JourneyProcedure): JourneyStep[] {
  const formSteps: JourneyStep[] = groupIntoSteps(procedure.fields).map((fields, index) => ({
    kind: 'form',
    slug: `thong-tin-${index + 1}`,
    index,
    fields,
  }));
  return [
    ...formSteps,
    { kind: 'documents', slug: 'giay-to' },
    { kind: 'delivery', slug: 'nhan-ket-qua' },
    { kind: 'check', slug: 'kiem-tra' },
  ];
}

export function stepBySlug(steps: readonly JourneyStep[], slug: string): JourneyStep | undefined {
  return steps.find((step) => step.slug === slug);
}

export function nextStep(steps: readonly JourneyStep[], slug: string): JourneyStep | undefined {
  const index = steps.findIndex((step) => step.slug === slug);
  return index >= 0 ? steps[index + 1] : undefined;
}

/** The address of a step of a draft. */
export function stepPath(procedureCode: string, draftId: string, slug: string): string {
  return `/nop-ho-so/${encodeURIComponent(procedureCode)}/${draftId}/${slug}`;
}

/** The form's saved answers, typed as the form reads them. */
export function savedValues(draft: JourneyDraft): FormValues {
  const values: FormValues = {};
  for (const [key, value] of Object.entries(draft.formData)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      values[key] = value;
    }
  }
  return values;
}

/** Whether a form step's saved answers pass its checks (required answers given, all valid). */
export function formStepComplete(fields: readonly FormField[], values: FormValues): boolean {
  const raw = rawFromValues(fields, values);
  const body = Object.fromEntries(Object.entries(raw).map(([key, text]) => [`fd.${key}`, text]));
  return readFormValues(fields, body).errors.length === 0;
}

/** Required documents not yet attached to the draft. */
export function missingDocuments(procedure: JourneyProcedure, draft: JourneyDraft) {
  const attached = new Set(draft.attachments.map((a) => a.documentCode));
  return procedure.requiredDocuments.filter((doc) => doc.required && !attached.has(doc.code));
}

/**
 * Where a person who comes back to a draft carries on: the step they were last shown when
 * this browser remembers it, else the first step whose answers are incomplete, else the documents
 * when one is missing, else "check your answers".
 */
export function resumeStep(
  procedure: JourneyProcedure,
  draft: JourneyDraft,
  leftAt?: string,
): JourneyStep {
  const steps = journeySteps(procedure);
  const remembered = leftAt ? stepBySlug(steps, leftAt) : undefined;
  if (remembered) return remembered;
  const values = savedValues(draft);
  for (const step of steps) {
    if (step.kind === 'form' && !formStepComplete(step.fields, values)) return step;
  }
  if (missingDocuments(procedure, draft).length > 0) return stepBySlug(steps, 'giay-to')!;
  return stepBySlug(steps, 'kiem-tra')!;
}
