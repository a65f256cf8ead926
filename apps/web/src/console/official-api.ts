import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import {
  ApiClient,
  tokensOf,
  type Api,
  type GetData,
  type GetQuery,
  type PlainGetPath,
} from '../api/api-client';
import type { JsonAnswer } from '../api/http-fetch';
import { storeSignIn } from '../session/session';
import { isConsoleUser, officialOf, requireArea, type ConsoleAreaName } from './console-access';

/** How a sign-in at the console ended. */
export type OfficialSignIn =
  | { kind: 'signed-in' }
  /** Right password, but a citizen's account: the console is not theirs. */
  | { kind: 'citizen' }
  | { kind: 'refused' }
  | { kind: 'rate-limited' }
  /** Right password; the account's roles need a code from an authenticator app too. */
  | { kind: 'second-factor'; challenge: string; enrolled: boolean };

/**
 * The API as the signed-in official: the same typed client as the citizen's pages
 * (`ApiClient`), with the official's tokens from the session, refreshed on the server before
 * they expire; a refused token ends the sign-in and sends the official to the console's sign-in.
 * Every call first checks that an official is signed in (and, given an area, holds its roles).
 */
@Injectable()
export class OfficialApi {
  constructor(private readonly api: ApiClient) {}

  /** For the sign-in's steps before an official is signed in: no token. */
  anonymousApi(request: FastifyRequest): Api {
    return this.api.anonymous(request);
  }

  /** The client for the signed-in official, who must be allowed in `area` when one is given. */
  as(request: FastifyRequest, area?: ConsoleAreaName): Api {
    if (area) requireArea(request, area);
    else officialOf(request);
    return this.api.signedIn(request);
  }

  /**
   * A GET as the signed-in official, who must be allowed in `area`, without the typed client's
   * fetch objects: for the pages every official opens many times an hour (`ApiClient.getSignedInJson`).
   */
  async read<P extends PlainGetPath>(
    request: FastifyRequest,
    area: ConsoleAreaName,
    path: P,
    query: GetQuery<P>,
  ): Promise<JsonAnswer<GetData<P>>> {
    requireArea(request, area);
    return this.api.getSignedInJson(request, path, query);
  }

  /**
   * Signs in by e-mail at the API and keeps the tokens in the session, only for an official:
   * a citizen's account is signed out again at once and told this is not their door.
   */
  async signIn(request: FastifyRequest, email: string, password: string): Promise<OfficialSignIn> {
    const api = this.api.anonymous(request);
    const login = await api.POST('/api/v1/auth/login', { body: { username: email, password } });
    if (!login.data) {
      const secondFactor =
        login.error?.code === 'SECOND_FACTOR_REQUIRED' && login.error.secondFactor;
      if (secondFactor) return { kind: 'second-factor', ...secondFactor };
      return login.response.status === 429 ? { kind: 'rate-limited' } : { kind: 'refused' };
    }
    return this.startSignIn(request, login.data);
  }

  /**
   * Keeps a token pair (from the password, or from the second factor) in the session, only for
   * an official: a citizen's account is signed out again at once.
   */
  async startSignIn(
    request: FastifyRequest,
    pair: { accessToken: string; refreshToken: string; expiresIn: number },
  ): Promise<OfficialSignIn> {
    const login = { data: pair };
    const api = this.api.anonymous(request);
    const me = await api.GET('/api/v1/auth/me', {
      headers: { authorization: `Bearer ${login.data.accessToken}` },
    });
    if (!me.data) return { kind: 'refused' };
    if (!isConsoleUser(me.data.roles)) {
      await this.endApiSession(request, login.data.refreshToken);
      return { kind: 'citizen' };
    }
    storeSignIn(
      request,
      {
        id: me.data.id,
        fullName: me.data.fullName,
        roles: me.data.roles,
        ...(me.data.agencyCode ? { agencyCode: me.data.agencyCode } : {}),
      },
      tokensOf(login.data),
    );
    request.session.set('lastActiveAt', Date.now());
    return { kind: 'signed-in' };
  }

  /** Ends the API's session of this refresh token (sign-out, inactivity); never throws. */
  async endApiSession(request: FastifyRequest, refreshToken: string): Promise<void> {
    await this.api
      .anonymous(request)
      .POST('/api/v1/auth/logout', { body: { refreshToken } })
      .catch(() => undefined);
  }
}
