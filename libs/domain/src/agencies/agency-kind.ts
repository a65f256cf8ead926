/**
 * Kinds of agency in two-tier local government (since 1 July 2025): a province; its
 * departments (sở, ban, ngành) and its communes, wards and special zones; and the Public
 * Administration Service Centres (Trung tâm Phục vụ hành chính công), each attached to the
 * province or to a commune, whose desks receive dossiers for the agencies they serve.
 */
export enum AgencyKind {
  Province = 'PROVINCE',
  Department = 'DEPARTMENT',
  Commune = 'COMMUNE',
  ServiceCentre = 'SERVICE_CENTRE',
}

export const AGENCY_KIND_LABELS: Readonly<Record<AgencyKind, string>> = {
  [AgencyKind.Province]: 'Tỉnh, thành phố',
  [AgencyKind.Department]: 'Sở, ban, ngành',
  [AgencyKind.Commune]: 'Xã, phường, đặc khu',
  [AgencyKind.ServiceCentre]: 'Trung tâm Phục vụ hành chính công',
};

const PARENT_KINDS: Readonly<Record<AgencyKind, readonly AgencyKind[]>> = {
  [AgencyKind.Province]: [],
  [AgencyKind.Department]: [AgencyKind.Province],
  [AgencyKind.Commune]: [AgencyKind.Province],
  [AgencyKind.ServiceCentre]: [AgencyKind.Province, AgencyKind.Commune],
};

/** The kinds an agency of `kind` may be placed under; empty for a province (a root). */
export function parentKindsOf(kind: AgencyKind): readonly AgencyKind[] {
  return PARENT_KINDS[kind];
}

/**
 * Whether an agency of `kind` may sit under a parent of `parentKind` (null: no parent).
 * A province is always a root; every other kind needs a parent of an allowed kind.
 */
export function isValidPlacement(kind: AgencyKind, parentKind: AgencyKind | null): boolean {
  const allowed = PARENT_KINDS[kind];
  if (parentKind === null) return allowed.length === 0;
  return allowed.includes(parentKind);
}
