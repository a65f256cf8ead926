import {
  administersAgency,
  grantableRoles,
  isOfficial,
  isSystemAdmin,
  needsSecondFactor,
  Role,
} from './role';

describe('administersAgency', () => {
  const own = 'agency-a';
  const other = 'agency-b';

  it("lets an ADMIN administer their own agency's records only", () => {
    const admin = { roles: [Role.Admin], agencyId: own };
    expect(administersAgency(admin, own)).toBe(true);
    expect(administersAgency(admin, other)).toBe(false);
  });

  it('gives nothing to an ADMIN without an agency', () => {
    expect(administersAgency({ roles: [Role.Admin], agencyId: null }, own)).toBe(false);
  });

  it('lets a SYSTEM_ADMIN administer any agency, with or without one of their own', () => {
    expect(administersAgency({ roles: [Role.SystemAdmin], agencyId: null }, other)).toBe(true);
    const both = { roles: [Role.Admin, Role.SystemAdmin], agencyId: own };
    expect(administersAgency(both, other)).toBe(true);
  });

  it('gives nothing to other officials of the agency', () => {
    for (const role of [Role.Leader, Role.Reception, Role.Specialist, Role.Citizen]) {
      expect(administersAgency({ roles: [role], agencyId: own }, own)).toBe(false);
    }
  });
});

describe('isSystemAdmin / isOfficial', () => {
  it('SYSTEM_ADMIN is system-wide, not an agency official handling dossiers', () => {
    expect(isSystemAdmin([Role.SystemAdmin])).toBe(true);
    expect(isSystemAdmin([Role.Admin])).toBe(false);
    expect(isOfficial([Role.SystemAdmin])).toBe(false);
  });
});

describe('grantableRoles', () => {
  it('lets an ADMIN give the officials’ roles, never SYSTEM_ADMIN or CITIZEN', () => {
    expect(grantableRoles([Role.Admin])).toEqual([
      Role.Reception,
      Role.Specialist,
      Role.Leader,
      Role.Admin,
    ]);
  });

  it('lets a SYSTEM_ADMIN give SYSTEM_ADMIN too', () => {
    expect(grantableRoles([Role.SystemAdmin])).toContain(Role.SystemAdmin);
    expect(grantableRoles([Role.SystemAdmin])).not.toContain(Role.Citizen);
  });
});

describe('needsSecondFactor', () => {
  it('asks for one when any of the roles is configured to', () => {
    expect(needsSecondFactor([Role.Reception, Role.Admin], [Role.Admin])).toBe(true);
    expect(needsSecondFactor([Role.Reception], [Role.Admin])).toBe(false);
    expect(needsSecondFactor([Role.Admin], [])).toBe(false);
  });
});
