import type { SummaryError } from './error-summary';

/** An RFC 9457 problem as the API answers it. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: { field: string; message: string }[];
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && ('code' in value || 'detail' in value);
}

/** The errors a form's page shows: each beside its input, and all of them in the summary. */
export interface PageErrors {
  /** Message per input id, to show beside the input. */
  byTarget: Map<string, string>;
  /** Every message, in order, linking to its input where it has one. */
  summary: SummaryError[];
}

/** A form's page before anything was sent: no errors. */
export const noErrors = (): PageErrors => ({ byTarget: new Map(), summary: [] });

/** Adds a message beside the input `targetId` and to the summary, linking to that input. */
export function addError(errors: PageErrors, targetId: string, message: string): void {
  errors.byTarget.set(targetId, message);
  errors.summary.push({ targetId, message });
}

/**
 * Places the API's `errors[]` on the page: `targetOf` names the input id for a field path
 * (`formData.childFullName`, `deliveryAddress.street`, `attachments`...), or undefined when
 * the page has no input for it, in which case the message stays in the summary alone. A
 * problem without `errors[]` gives its `detail`.
 */
export function placeProblemErrors(
  problem: Problem,
  targetOf: (fieldPath: string) => string | undefined,
): PageErrors {
  const byTarget = new Map<string, string>();
  const summary: SummaryError[] = [];
  for (const error of problem.errors ?? []) {
    const targetId = targetOf(error.field);
    if (targetId !== undefined) {
      if (byTarget.has(targetId)) continue;
      byTarget.set(targetId, error.message);
    }
    summary.push({ targetId, message: error.message });
  }
  if (summary.length === 0) {
    summary.push({ message: problem.detail ?? 'Đã có lỗi, vui lòng thử lại.' });
  }
  return { byTarget, summary };
}
