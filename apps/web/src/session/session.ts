import type { FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'motcua_phien';
/** A session (and the sign-in it holds) lasts at most this long after it was last written. */
export const SESSION_LIFETIME_SECONDS = 12 * 3600;

/** The signed-in person as the header shows them; never their ID number. */
export interface SessionUser {
  id: string;
  fullName: string;
  roles: string[];
  /** An official's agency (its identifier code); none for a citizen. */
  agencyCode?: string;
}

/** The API's tokens: only ever in the sealed cookie, never sent to the browser in clear. */
export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds after which the access token is refreshed before use. */
  refreshAfter: number;
}

declare module '@fastify/secure-session' {
  /** Everything the portal keeps in the session cookie. */
  interface SessionData {
    user: SessionUser;
    tokens: SessionTokens;
    /** Where to go back after signing in (a path of the portal). */
    returnTo: string;
    /** A one-line message shown once on the next page (e.g. "Đã đăng xuất"). */
    flash: string;
    /** The password-reset token, moved out of the address bar. */
    resetToken: string;
    /** An official's last request (epoch milliseconds): the console's inactivity timeout. */
    lastActiveAt: number;
    /** Set when an official's sign-in ended for inactivity, until the sign-in page says so. */
    idleSignedOut: boolean;
    _csrf: string;
  }
}

export function currentUser(request: FastifyRequest): SessionUser | undefined {
  return request.session.get('user');
}

/** Stores a sign-in; the session is sealed again, so nothing from before carries over but returnTo. */
export function storeSignIn(
  request: FastifyRequest,
  user: SessionUser,
  tokens: SessionTokens,
): void {
  const returnTo = request.session.get('returnTo');
  request.session.regenerate();
  request.session.set('user', user);
  request.session.set('tokens', tokens);
  if (returnTo) request.session.set('returnTo', returnTo);
}

export function clearSignIn(request: FastifyRequest): void {
  request.session.regenerate();
}

/** A portal path safe to redirect to after sign-in (never another site). */
export function safeReturnPath(path: unknown): string {
  return typeof path === 'string' && /^\/(?![/\\])[^\s]*$/.test(path) ? path : '/';
}

/** Reads and removes the one-time message. */
export function takeFlash(request: FastifyRequest): string | undefined {
  const flash = request.session.get('flash');
  if (flash) request.session.set('flash', undefined);
  return flash;
}
