/** Thrown by a page that needs a signed-in citizen: the person signs in and comes back here. */
export class SignInRequired extends Error {
  constructor(readonly returnTo: string) {
    super('Sign-in required');
  }
}
