export enum Role {
  Citizen = 'CITIZEN',
  Reception = 'RECEPTION',
  Specialist = 'SPECIALIST',
  Leader = 'LEADER',
  Admin = 'ADMIN',
}

export const OFFICIAL_ROLES: readonly Role[] = [
  Role.Reception,
  Role.Specialist,
  Role.Leader,
  Role.Admin,
];

export function isOfficial(roles: readonly Role[]): boolean {
  return roles.some((r) => OFFICIAL_ROLES.includes(r));
}
