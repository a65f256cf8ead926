import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import createClient, {
  type Client,
  type ClientPathsWithMethod,
  type MethodResponse,
  type Middleware,
} from 'openapi-fetch';
import { WebEnvironment } from '@motcua/config/web-environment';
import { clearSignIn, currentUser, type SessionTokens } from '../session/session';
import { SignInRequired } from '../session/sign-in-required';
import { getJson, httpFetch, type JsonAnswer } from './http-fetch';
import type { paths } from './openapi';

export type Api = Client<paths>;
export type { components, paths } from './openapi';

/** The API's GET routes that take no path parameter, their query and their JSON answer. */
export type PlainGetPath = Exclude<ClientPathsWithMethod<Api, 'get'>, `${string}{${string}`>;
export type GetQuery<P extends PlainGetPath> = NonNullable<paths[P]['get']>['parameters']['query'];
export type GetData<P extends PlainGetPath> = MethodResponse<Api, 'get', P>;

/** The API could not be reached, or answered that it is down: the portal shows its 503 page. */
export class ApiUnreachableError extends Error {
  constructor(cause: unknown) {
    super('The API could not be reached', { cause });
  }
}

/** Refresh the access token this long before it expires, so a page never uses a stale one. */
const REFRESH_MARGIN_MS = 60_000;

/**
 * The typed client of the API (generated from its OpenAPI document into `openapi.d.ts`),
 * acting for one request: it passes on the person's address in `X-Forwarded-For` (the API
 * believes it only from its trusted proxies) and, when someone is signed in, their access
 * token, refreshed here on the server first when it is about to expire. A 401 on a signed-in
 * call ends the sign-in and sends the person to sign in again.
 */
@Injectable()
export class ApiClient {
  constructor(@Inject(WebEnvironment) private readonly env: WebEnvironment) {}

  /**
   * A public JSON route read without openapi-fetch's Request/Response objects, for pages on
   * the hot path (public tracking); the API being unreachable or down is the 503 page, as with
   * the typed client.
   */
  async getPublicJson<T>(request: FastifyRequest, path: string): Promise<JsonAnswer<T>> {
    let answer: JsonAnswer<T>;
    try {
      answer = await getJson<T>(`${this.env.API_URL}${path}`, { 'x-forwarded-for': request.ip });
    } catch (error) {
      throw new ApiUnreachableError(error);
    }
    if ([502, 503, 504].includes(answer.status)) throw new ApiUnreachableError(answer.status);
    return answer;
  }

  /**
   * A GET of a JSON route as the signed-in person, read like `getPublicJson` without
   * openapi-fetch's Request/Response objects, for the console's busiest page (the work list):
   * the path, query and answer typed from the same OpenAPI document, the token handled as by
   * `signedIn` (refreshed first when about to expire; a 401 ends the sign-in).
   */
  async getSignedInJson<P extends PlainGetPath>(
    request: FastifyRequest,
    path: P,
    query: GetQuery<P>,
  ): Promise<JsonAnswer<GetData<P>>> {
    if (!currentUser(request)) throw new SignInRequired(returnPathOf(request));
    const tokens = await this.freshTokens(request);
    if (!tokens) throw new SignInRequired(returnPathOf(request));
    let answer: JsonAnswer<GetData<P>>;
    try {
      answer = await getJson<GetData<P>>(`${this.env.API_URL}${path}${queryString(query)}`, {
        'x-forwarded-for': request.ip,
        authorization: `Bearer ${tokens.accessToken}`,
      });
    } catch (error) {
      throw new ApiUnreachableError(error);
    }
    if ([502, 503, 504].includes(answer.status)) throw new ApiUnreachableError(answer.status);
    if (answer.status === 401) {
      clearSignIn(request);
      throw new SignInRequired(returnPathOf(request));
    }
    return answer;
  }

  /** For public routes and for signing in: no token. */
  anonymous(request: FastifyRequest): Api {
    return this.client(request, false);
  }

  /** For the signed-in person; a page that needs one and has none goes to sign-in first. */
  signedIn(request: FastifyRequest): Api {
    if (!currentUser(request)) throw new SignInRequired(returnPathOf(request));
    return this.client(request, true);
  }

  private client(request: FastifyRequest, withToken: boolean): Api {
    const client = createClient<paths>({ baseUrl: this.env.API_URL, fetch: guardedFetch });
    client.use(forwardedFor(request));
    if (withToken) client.use(this.bearer(request));
    return client;
  }

  private bearer(request: FastifyRequest): Middleware {
    return {
      onRequest: async ({ request: apiRequest }) => {
        const tokens = await this.freshTokens(request);
        if (!tokens) throw new SignInRequired(returnPathOf(request));
        apiRequest.headers.set('authorization', `Bearer ${tokens.accessToken}`);
        return apiRequest;
      },
      onResponse: ({ response }) => {
        if (response.status === 401) {
          clearSignIn(request);
          throw new SignInRequired(returnPathOf(request));
        }
        return undefined;
      },
    };
  }

  /** The session's tokens, refreshed first when the access token is about to expire. */
  private async freshTokens(request: FastifyRequest): Promise<SessionTokens | undefined> {
    const tokens = request.session.get('tokens');
    if (!tokens) return undefined;
    if (Date.now() < tokens.refreshAfter) return tokens;
    const response = await guardedFetch(
      new Request(`${this.env.API_URL}/api/v1/auth/refresh`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': request.ip },
        body: JSON.stringify({ refreshToken: tokens.refreshToken }),
      }),
    );
    if (!response.ok) {
      clearSignIn(request);
      return undefined;
    }
    const pair = (await response.json()) as {
      accessToken: string;
      refreshToken: string;
      expiresIn: number;
    };
    const refreshed = tokensOf(pair);
    request.session.set('tokens', refreshed);
    return refreshed;
  }
}

/** The session's copy of a token pair from `/auth/login` or `/auth/refresh`. */
export function tokensOf(pair: {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}): SessionTokens {
  return {
    accessToken: pair.accessToken,
    refreshToken: pair.refreshToken,
    refreshAfter: Date.now() + pair.expiresIn * 1000 - REFRESH_MARGIN_MS,
  };
}

/** `?name=value&…` as openapi-fetch writes a query (arrays repeated); empty without values. */
export function queryString(query: object | undefined): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null) params.append(name, String(item));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function forwardedFor(request: FastifyRequest): Middleware {
  return {
    onRequest: ({ request: apiRequest }) => {
      apiRequest.headers.set('x-forwarded-for', request.ip);
      return apiRequest;
    },
  };
}

async function guardedFetch(input: Request): Promise<Response> {
  let response: Response;
  try {
    response = await httpFetch(input);
  } catch (error) {
    throw new ApiUnreachableError(error);
  }
  if ([502, 503, 504].includes(response.status)) throw new ApiUnreachableError(response.status);
  return response;
}

function returnPathOf(request: FastifyRequest): string {
  return request.method === 'GET'
    ? request.url
    : (request.headers.referer ?? '/').replace(/^https?:\/\/[^/]+/, '');
}
