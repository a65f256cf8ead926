import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SubmittedBody } from '../forms';

/** Sends a rendered page (TSX may render to a promise). */
export async function sendPage(
  reply: FastifyReply,
  html: JSX.Element,
  status = 200,
): Promise<void> {
  await reply
    .code(status)
    .type('text/html; charset=utf-8')
    .send(await html);
}

/**
 * A PDF the API made (a printable form, a receipt), passed on as it came: under the API's own
 * file name, or shown in the browser as `fileName` when the API named none.
 */
export async function sendPdf(
  reply: FastifyReply,
  response: Response,
  body: ReadableStream<Uint8Array> | Buffer,
  fileName: string,
  headers: Record<string, string> = {},
): Promise<void> {
  await reply
    .code(200)
    .type('application/pdf')
    .header(
      'content-disposition',
      response.headers.get('content-disposition') ?? `inline; filename="${fileName}"`,
    )
    .headers(headers)
    .send(body);
}

/** After a form that changed something: the browser GETs the next page (POST-redirect-GET). */
export async function redirectTo(reply: FastifyReply, path: string): Promise<void> {
  await reply.redirect(path, 303);
}

/** A urlencoded body as the form sent it; an empty object for anything else. */
export function bodyOf(request: FastifyRequest): SubmittedBody {
  const body = request.body;
  return typeof body === 'object' && body !== null ? (body as SubmittedBody) : {};
}

/** One text value of the body, trimmed; `''` when absent. */
export function textOf(body: SubmittedBody, name: string): string {
  const value = body[name];
  const text = Array.isArray(value) ? value[value.length - 1] : value;
  return (text ?? '').trim();
}

/**
 * The key a form that files or acts carries from the moment its page was rendered, so that
 * a double tap or a retry on a bad network is one request to the API (`Idempotency-Key`).
 * A key that is missing or malformed gets a fresh one: the action still happens once.
 */
export function newIdempotencyKey(): string {
  return randomUUID();
}

export function idempotencyKeyOf(body: SubmittedBody): string {
  const key = textOf(body, 'idempotencyKey');
  return /^[0-9a-f-]{36}$/.test(key) ? key : randomUUID();
}
