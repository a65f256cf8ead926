import type { Role } from '@motcua/domain';

/** Who is calling, as read from a verified access token. */
export interface AuthenticatedUser {
  id: string;
  roles: Role[];
  agencyId: string | null;
}

export interface AccessTokenPayload {
  sub: string;
  /** The sign-in this token belongs to (auth_sessions.id); revoked there, the token stops. */
  sid: string;
  roles: Role[];
  agencyId: string | null;
}
