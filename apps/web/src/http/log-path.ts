/**
 * Paths whose last segment is a secret handed to one person (a password-reset token, an
 * official's invitation token).
 */
const SECRET_SEGMENTS = /^(\/dat-lai-mat-khau\/|\/can-bo\/kich-hoat\/)[^/?#]+/;

/**
 * The path as the access log writes it: no query string (search terms, form values), and a
 * reset or invitation link's token masked, since whoever reads the log could otherwise use it.
 */
export function loggedPath(url: string): string {
  const path = url.split('?')[0];
  return path.replace(SECRET_SEGMENTS, '$1[token]');
}
