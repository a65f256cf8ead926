import type { FieldError } from '@motcua/domain';
import { ValidationFailedError } from '@motcua/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Deepest nesting of arrays and objects a JSON body may have. Far beyond any payload of the
 * API (a procedure's definition is the deepest, at about 5), and far below what would
 * exhaust the stack of the parser or of the validators that walk the value.
 */
export const MAX_JSON_DEPTH = 32;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * How deep `json`'s arrays and objects nest, counted on the bytes before parsing, stopping as
 * soon as `limit` is passed (brackets inside strings do not count; the bytes of multi-byte
 * UTF-8 characters never equal these ASCII ones).
 */
export function jsonDepthExceeds(json: Buffer, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const byte = json[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      if (++depth > limit) return true;
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) depth--;
  }
  return false;
}

/** Text PostgreSQL cannot store and no person types: NUL, or half of a surrogate pair. */
export function isUnstorableText(text: string): boolean {
  return text.includes('\u0000') || !(text as string & { isWellFormed(): boolean }).isWellFormed();
}

/** Where in `value` (a parsed JSON body) a key or string is unstorable text, if anywhere. */
export function unstorableTextIn(value: unknown): string | null {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [item, path] = stack.pop()!;
    if (typeof item === 'string') {
      if (isUnstorableText(item)) return path || 'body';
    } else if (Array.isArray(item)) {
      item.forEach((element, index) => stack.push([element, `${path}[${index}]`]));
    } else if (item !== null && typeof item === 'object') {
      for (const [key, element] of Object.entries(item)) {
        const child = path ? `${path}.${key}` : key;
        if (isUnstorableText(key)) return child;
        stack.push([element, child]);
      }
    }
  }
  return null;
}

const UNSTORABLE_MESSAGE =
  'Chứa ký tự không hợp lệ (ký tự NUL hoặc ký tự Unicode không hoàn chỉnh).';

function refuse(errors: FieldError[], detail?: string): ValidationFailedError {
  return new ValidationFailedError(errors, detail);
}

/**
 * The API's JSON body parser, for every route, so no route has to defend itself against
 * what a parser lets through: nesting deeper than `MAX_JSON_DEPTH` (refused before parsing),
 * a body that is not an object or an array (`null` would otherwise reach the validators as
 * `{}`), and strings or keys PostgreSQL cannot store (NUL, lone surrogates). Fastify's own
 * parser does the parsing, with its protection against prototype poisoning.
 */
export function jsonBodyParser(fastify: FastifyInstance) {
  const { onProtoPoisoning, onConstructorPoisoning } = fastify.initialConfig as {
    onProtoPoisoning?: 'error' | 'remove' | 'ignore';
    onConstructorPoisoning?: 'error' | 'remove' | 'ignore';
  };
  const parse = fastify.getDefaultJsonParser(
    onProtoPoisoning ?? 'error',
    onConstructorPoisoning ?? 'error',
  );
  return (
    request: FastifyRequest,
    body: Buffer,
    done: (error: Error | null, value?: unknown) => void,
  ) => {
    if (jsonDepthExceeds(body, MAX_JSON_DEPTH)) {
      done(refuse([], `Nội dung JSON lồng nhau quá sâu (tối đa ${MAX_JSON_DEPTH} cấp).`));
      return;
    }
    // Fastify's parser answers through the callback; its declared promise result is never made
    void parse(request, body as unknown as string, (error: Error | null, value?: unknown) => {
      if (error) return done(error);
      if (value === null || typeof value !== 'object') {
        return done(refuse([{ field: 'body', message: 'Nội dung phải là một đối tượng JSON.' }]));
      }
      const unstorable = unstorableTextIn(value);
      if (unstorable !== null) {
        return done(refuse([{ field: unstorable, message: UNSTORABLE_MESSAGE }]));
      }
      done(null, value);
    });
  };
}

/** Form bodies (`application/x-www-form-urlencoded`), under the same rule for text. */
export function formBodyParser(
  _request: FastifyRequest,
  body: Buffer,
  done: (error: Error | null, value?: unknown) => void,
): void {
  const value: Record<string, string | string[]> = {};
  for (const [key, item] of new URLSearchParams(body.toString('utf8'))) {
    const known = value[key];
    value[key] =
      known === undefined ? item : Array.isArray(known) ? [...known, item] : [known, item];
  }
  const unstorable = unstorableTextIn(value);
  if (unstorable !== null) done(refuse([{ field: unstorable, message: UNSTORABLE_MESSAGE }]));
  else done(null, value);
}

/**
 * Query strings and paths: `%00` decodes to NUL, which PostgreSQL refuses in text. (A raw
 * NUL never gets this far: Node's HTTP parser refuses it.)
 */
export function urlHasNul(url: string): boolean {
  return url.includes('%00');
}

export const URL_NUL_ERROR: FieldError = {
  field: 'url',
  message: 'Địa chỉ chứa ký tự NUL (%00), không được phép.',
};
