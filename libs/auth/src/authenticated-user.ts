import { Role } from '@motcua/domain';

/** Who is calling, as read from a verified access token. */
export interface AuthenticatedUser {
  id: string;
  roles: Role[];
  agencyId: string | null;
}

export interface AccessTokenPayload {
  sub: string;
  roles: Role[];
  agencyId: string | null;
}
