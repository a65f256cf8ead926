import type { AgencyKind } from './agency-kind';
import { AGENCY_KIND_LABELS, isValidPlacement, parentKindsOf } from './agency-kind';

/**
 * Why an agency of `kind` may not sit under a parent of `parentKind` (null: no parent), in
 * Vietnamese for the administrator; null when the placement is allowed.
 */
export function placementProblem(kind: AgencyKind, parentKind: AgencyKind | null): string | null {
  if (isValidPlacement(kind, parentKind)) return null;
  const label = AGENCY_KIND_LABELS[kind];
  const allowed = parentKindsOf(kind);
  if (allowed.length === 0)
    return `Cơ quan loại "${label}" là cấp cao nhất, không trực thuộc cơ quan nào.`;
  const parents = allowed.map((k) => `"${AGENCY_KIND_LABELS[k]}"`).join(' hoặc ');
  if (parentKind === null)
    return `Cơ quan loại "${label}" phải trực thuộc một cơ quan loại ${parents}.`;
  return (
    `Cơ quan loại "${label}" không thể trực thuộc cơ quan loại "${AGENCY_KIND_LABELS[parentKind]}"; ` +
    `chỉ được trực thuộc cơ quan loại ${parents}.`
  );
}

/**
 * Why an agency whose direct children are of `childKinds` may not become `kind`, in
 * Vietnamese; null when every child may stay where it is.
 */
export function childrenProblem(
  kind: AgencyKind,
  childKinds: readonly AgencyKind[],
): string | null {
  const misplaced = [...new Set(childKinds)].filter((child) => !isValidPlacement(child, kind));
  if (misplaced.length === 0) return null;
  const labels = misplaced.map((k) => `"${AGENCY_KIND_LABELS[k]}"`).join(', ');
  return (
    `Không thể đổi sang loại "${AGENCY_KIND_LABELS[kind]}": cơ quan này có cơ quan trực thuộc ` +
    `loại ${labels}, không thể trực thuộc loại đó. Hãy chuyển các cơ quan trực thuộc trước.`
  );
}

/** The refusal when an agency would be placed under itself or under one of its descendants. */
export const CYCLE_PROBLEM =
  'Không thể đặt cơ quan trực thuộc chính nó hoặc một cơ quan đang trực thuộc nó.';
