/** An agency as the public tree lists it (`GET /agencies`, depth first). */
export interface TreeAgency {
  code: string;
  name: string;
  parentCode: string | null;
}

/** A choice of the reports page's agency list: `depth` below the first one shown. */
export interface ReportAgencyOption {
  code: string;
  name: string;
  depth: number;
}

/**
 * The agencies whose reports an official may read, in the tree's order: a SYSTEM_ADMIN's,
 * every agency; anyone else's, their own agency and those below it (the API's rule; it refuses
 * any other with 403 anyway). `tree` is depth first, so each parent comes before its children.
 */
export function readableAgencies(
  tree: readonly TreeAgency[],
  official: { agencyCode?: string | null; systemAdmin: boolean },
): ReportAgencyOption[] {
  const depths = new Map<string, number>();
  const options: ReportAgencyOption[] = [];
  for (const agency of tree) {
    const parentDepth = agency.parentCode === null ? undefined : depths.get(agency.parentCode);
    const depth = official.systemAdmin
      ? parentDepth === undefined
        ? 0
        : parentDepth + 1
      : agency.code === official.agencyCode
        ? 0
        : parentDepth === undefined
          ? undefined
          : parentDepth + 1;
    if (depth === undefined) continue;
    depths.set(agency.code, depth);
    options.push({ code: agency.code, name: agency.name, depth });
  }
  return options;
}
