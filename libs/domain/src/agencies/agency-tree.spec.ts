import { AgencyKind } from './agency-kind';
import { childrenProblem, placementProblem } from './agency-tree';

describe('agency tree problems (Vietnamese, for the administrator)', () => {
  it('has none for an allowed placement', () => {
    expect(placementProblem(AgencyKind.Province, null)).toBeNull();
    expect(placementProblem(AgencyKind.Commune, AgencyKind.Province)).toBeNull();
    expect(placementProblem(AgencyKind.ServiceCentre, AgencyKind.Commune)).toBeNull();
  });

  it('says a province has no parent', () => {
    expect(placementProblem(AgencyKind.Province, AgencyKind.Province)).toBe(
      'Cơ quan loại "Tỉnh, thành phố" là cấp cao nhất, không trực thuộc cơ quan nào.',
    );
  });

  it('names the kinds of parent allowed when one is missing or wrong', () => {
    expect(placementProblem(AgencyKind.Commune, null)).toBe(
      'Cơ quan loại "Xã, phường, đặc khu" phải trực thuộc một cơ quan loại "Tỉnh, thành phố".',
    );
    expect(placementProblem(AgencyKind.ServiceCentre, AgencyKind.Department)).toBe(
      'Cơ quan loại "Trung tâm Phục vụ hành chính công" không thể trực thuộc cơ quan loại ' +
        '"Sở, ban, ngành"; chỉ được trực thuộc cơ quan loại "Tỉnh, thành phố" hoặc "Xã, phường, đặc khu".',
    );
  });

  it('refuses a kind its children could not sit under, naming them once', () => {
    expect(childrenProblem(AgencyKind.Province, [AgencyKind.Commune])).toBeNull();
    expect(childrenProblem(AgencyKind.Commune, [AgencyKind.ServiceCentre])).toBeNull();
    expect(childrenProblem(AgencyKind.Commune, [])).toBeNull();
    expect(
      childrenProblem(AgencyKind.Commune, [
        AgencyKind.Department,
        AgencyKind.ServiceCentre,
        AgencyKind.Department,
      ]),
    ).toBe(
      'Không thể đổi sang loại "Xã, phường, đặc khu": cơ quan này có cơ quan trực thuộc loại ' +
        '"Sở, ban, ngành", không thể trực thuộc loại đó. Hãy chuyển các cơ quan trực thuộc trước.',
    );
  });
});
