/** Paths whose last segment is a secret handed to one person (a password-reset token). */
const SECRET_SEGMENTS = /^(\/dat-lai-mat-khau\/)[^/?#]+/;

/**
 * The path as the access log writes it: no query string (search terms, form values), and a
 * reset link's token masked, since whoever reads the log could otherwise use it.
 */
export function loggedPath(url: string): string {
  const path = url.split('?')[0];
  return path.replace(SECRET_SEGMENTS, '$1[token]');
}
