import { AgencyKind, isValidPlacement, parentKindsOf } from './agency-kind';

describe('agency placement in the two-tier tree', () => {
  it.each([
    [AgencyKind.Province, null, true],
    [AgencyKind.Province, AgencyKind.Province, false],
    [AgencyKind.Department, AgencyKind.Province, true],
    [AgencyKind.Department, null, false],
    [AgencyKind.Department, AgencyKind.Commune, false],
    [AgencyKind.Commune, AgencyKind.Province, true],
    [AgencyKind.Commune, AgencyKind.Commune, false],
    [AgencyKind.Commune, null, false],
    [AgencyKind.ServiceCentre, AgencyKind.Province, true],
    [AgencyKind.ServiceCentre, AgencyKind.Commune, true],
    [AgencyKind.ServiceCentre, AgencyKind.Department, false],
    [AgencyKind.ServiceCentre, AgencyKind.ServiceCentre, false],
    [AgencyKind.ServiceCentre, null, false],
  ])('%s under %s: %s', (kind, parent, expected) => {
    expect(isValidPlacement(kind, parent)).toBe(expected);
  });

  it('a province is the only root', () => {
    expect(parentKindsOf(AgencyKind.Province)).toEqual([]);
    for (const kind of [AgencyKind.Department, AgencyKind.Commune, AgencyKind.ServiceCentre]) {
      expect(parentKindsOf(kind).length).toBeGreaterThan(0);
    }
  });
});
