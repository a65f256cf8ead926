/** The officials' console lives under this prefix; its pages have a sign-in page of their own. */
export const CONSOLE_PREFIX = '/can-bo';
export const CONSOLE_SIGN_IN_PATH = `${CONSOLE_PREFIX}/dang-nhap`;

/**
 * Thrown by a page that needs someone signed in: the person signs in and comes back here. A
 * console page sends an official to the console's sign-in, any other page to the citizens'.
 */
export class SignInRequired extends Error {
  constructor(readonly returnTo: string) {
    super('Sign-in required');
  }

  get signInPath(): string {
    return isConsolePath(this.returnTo) ? CONSOLE_SIGN_IN_PATH : '/dang-nhap';
  }
}

export function isConsolePath(path: string): boolean {
  return (
    path === CONSOLE_PREFIX ||
    path.startsWith(`${CONSOLE_PREFIX}/`) ||
    path.startsWith(`${CONSOLE_PREFIX}?`)
  );
}
