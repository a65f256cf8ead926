export enum Role {
  Citizen = 'CITIZEN',
  Reception = 'RECEPTION',
  Specialist = 'SPECIALIST',
  Leader = 'LEADER',
  /** Administers their own agency: its procedures, its reports. */
  Admin = 'ADMIN',
  /** System-wide settings and operations: holidays, background jobs, the queue board. */
  SystemAdmin = 'SYSTEM_ADMIN',
}

export const OFFICIAL_ROLES: readonly Role[] = [
  Role.Reception,
  Role.Specialist,
  Role.Leader,
  Role.Admin,
];

/** Whether these roles act on every agency's data rather than their own agency's. */
export function isSystemAdmin(roles: readonly Role[]): boolean {
  return roles.includes(Role.SystemAdmin);
}

/**
 * Whether someone may administer an agency's own records (its procedures): a SYSTEM_ADMIN any
 * agency's, an ADMIN only their own agency's.
 */
export function administersAgency(
  user: { roles: readonly Role[]; agencyId: string | null },
  agencyId: string,
): boolean {
  if (isSystemAdmin(user.roles)) return true;
  return user.roles.includes(Role.Admin) && user.agencyId !== null && user.agencyId === agencyId;
}

export function isOfficial(roles: readonly Role[]): boolean {
  return roles.some((r) => OFFICIAL_ROLES.includes(r));
}

/**
 * The roles an administrator may give an official: the officials' roles, and SYSTEM_ADMIN only
 * when the administrator holds it. Never CITIZEN: an official's account is not a citizen's.
 */
export function grantableRoles(actorRoles: readonly Role[]): readonly Role[] {
  return isSystemAdmin(actorRoles) ? [...OFFICIAL_ROLES, Role.SystemAdmin] : OFFICIAL_ROLES;
}

/** Whether an account with these roles must sign in with a second factor. */
export function needsSecondFactor(roles: readonly Role[], requiredRoles: readonly Role[]): boolean {
  return roles.some((role) => requiredRoles.includes(role));
}
