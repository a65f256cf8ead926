/** What the accounts' pages keep in the sealed session cookie, between two requests. */
declare module '@fastify/secure-session' {
  interface SessionData {
    /** An invitation's token, moved out of the address bar until the password is set. */
    invitationToken: string;
    /** A sign-in waiting for its second factor: the API's challenge (valid 5 minutes). */
    secondFactor: { challenge: string; enrolled: boolean };
  }
}

export {};
