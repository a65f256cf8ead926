// Development mail sink: a loopback SMTP server that writes every message it accepts as an
// `.eml` file (openable in any mail client). A dev tool, never started in production:
// `npm start` runs it and points SMTP_URL at it when no SMTP_URL is set.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import type { TransformCallback } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { SMTPServerDataStream } from 'smtp-server';
import { SMTPServer } from 'smtp-server';

export const MAIL_SINK_DEFAULT_PORT = 2525;
export const MAIL_SINK_DEFAULT_HOST = '127.0.0.1';
export const MAIL_SINK_DEFAULT_DIR = './var/mail';
/** 25 MB: far above a notification with its receipt PDF. */
export const MAIL_SINK_DEFAULT_MAX_BYTES = 25 * 1024 * 1024;

/** The part of a pino logger the sink uses. */
export interface MailSinkLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

export interface MailSinkOptions {
  /** 0 picks a free port (tests). */
  port: number;
  /** A loopback address only: the sink has no authentication. */
  host?: string;
  /** Where `.eml` files are written; created if missing. */
  dir: string;
  /** Larger messages are refused with 552. */
  maxBytes: number;
  logger?: MailSinkLogger;
}

export interface SavedMail {
  /** Absolute path of the `.eml` file. */
  path: string;
  /** File name only. */
  file: string;
  bytes: number;
  /** The dossier code found in the subject, if any (the only part of a mail ever logged). */
  dossierCode?: string;
}

export interface MailSink {
  /** Creates the directory and starts listening; resolves with the SMTP URL. */
  listen(): Promise<string>;
  /** Stops accepting mail and closes the server. Idempotent. */
  close(): Promise<void>;
  /** `smtp://host:port`, once listening. */
  readonly url: string;
  /** Every mail written so far, oldest first. */
  saved(): SavedMail[];
}

export interface MailSinkConfig {
  port: number;
  host: string;
  dir: string;
  maxBytes: number;
}

/**
 * A dossier code (Circular 01/2018) in a subject: the one part of a mail the sink logs. The
 * same pattern as `dossierCodeOf` in libs/notifications (the spec checks they agree), copied so
 * this dev tool builds without the domain libraries.
 */
const DOSSIER_CODE_IN_TEXT = /[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[0-9A-Z]{3}-\d{6}-\d{4,}/;

export function dossierCodeIn(subject: string): string | undefined {
  return DOSSIER_CODE_IN_TEXT.exec(subject)?.[0];
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1']);

export function isLoopbackHost(host: string): boolean {
  if (LOOPBACK_NAMES.has(host.toLowerCase())) return true;
  return isIP(host) === 4 && host.startsWith('127.');
}

function integerFrom(
  value: string | undefined,
  fallback: number,
  name: string,
  min: number,
): number {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min) {
    throw new Error(`${name} must be an integer >= ${min}`);
  }
  return parsed;
}

/** MAIL_SINK_PORT (2525), MAIL_SINK_DIR (./var/mail), MAIL_SINK_MAX_BYTES (25 MB); loopback only. */
export function loadMailSinkConfig(env: NodeJS.ProcessEnv): MailSinkConfig {
  const port = integerFrom(env.MAIL_SINK_PORT, MAIL_SINK_DEFAULT_PORT, 'MAIL_SINK_PORT', 0);
  if (port > 65535) throw new Error('MAIL_SINK_PORT must be an integer <= 65535');
  return {
    port,
    host: MAIL_SINK_DEFAULT_HOST,
    dir: env.MAIL_SINK_DIR?.trim() || MAIL_SINK_DEFAULT_DIR,
    maxBytes: integerFrom(
      env.MAIL_SINK_MAX_BYTES,
      MAIL_SINK_DEFAULT_MAX_BYTES,
      'MAIL_SINK_MAX_BYTES',
      1,
    ),
  };
}

/** `2026-12-01T04-05-06.789Z-1a2b3c4d.eml`: ISO time (`:` is not allowed in Windows names). */
export function mailFileName(at: Date, id = randomBytes(4).toString('hex')): string {
  return `${at.toISOString().replace(/:/g, '-')}-${id}.eml`;
}

/** Decodes RFC 2047 encoded-words (`=?UTF-8?B?…?=`, `=?UTF-8?Q?…?=`) in a header value. */
export function decodeEncodedWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2') // whitespace between encoded-words is not text
    .replace(
      /=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi,
      (whole: string, charset: string, kind: string, text: string) => {
        let bytes: Buffer;
        if (kind.toUpperCase() === 'B') {
          bytes = Buffer.from(text, 'base64');
        } else {
          bytes = Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_: string, hex: string) =>
                String.fromCharCode(parseInt(hex, 16)),
              ),
            'latin1',
          );
        }
        try {
          return new TextDecoder(charset.replace(/\*.*$/, '')).decode(bytes);
        } catch {
          return whole; // unknown charset: leave the word as it came
        }
      },
    );
}

/** The decoded Subject of a message whose header block is `head` (CRLF or LF lines). */
export function subjectOf(head: string): string | undefined {
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const line = /^subject:[ \t]*(.*)$/im.exec(unfolded);
  return line ? decodeEncodedWords(line[1].trim()) : undefined;
}

/** Header bytes kept to read the subject; the rest of the message is only written to disk. */
const HEAD_LIMIT = 64 * 1024;

/** Passes bytes through up to `maxBytes`, then drops the rest (the client is refused anyway). */
class SizeLimit extends Transform {
  bytes = 0;
  exceeded = false;
  head = '';

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.head.length < HEAD_LIMIT && !/\r?\n\r?\n/.test(this.head)) {
      this.head += chunk.subarray(0, HEAD_LIMIT).toString('latin1');
    }
    if (this.bytes > this.maxBytes) this.exceeded = true;
    done(null, this.exceeded ? undefined : chunk);
  }
}

function smtpError(message: string, responseCode: number): Error {
  return Object.assign(new Error(message), { responseCode });
}

const silentLogger: MailSinkLogger = { info: () => undefined, warn: () => undefined };

export function createMailSink(options: MailSinkOptions): MailSink {
  const host = options.host ?? MAIL_SINK_DEFAULT_HOST;
  if (!isLoopbackHost(host)) {
    throw new Error(`The mail sink listens on a loopback address only, not ${host}`);
  }
  if (!Number.isInteger(options.maxBytes) || options.maxBytes < 1) {
    throw new Error('maxBytes must be a positive integer');
  }
  const dir = resolve(options.dir);
  const logger = options.logger ?? silentLogger;
  const saved: SavedMail[] = [];
  let url: string | undefined;
  let closing: Promise<void> | undefined;

  async function store(stream: SMTPServerDataStream): Promise<SavedMail> {
    const file = mailFileName(new Date());
    // written under a dot name, renamed once complete: no reader ever sees half a mail
    const partial = join(dir, `.${file}.part`);
    const limit = new SizeLimit(options.maxBytes);
    try {
      await mkdir(dir, { recursive: true }); // someone may have deleted it to start afresh
      await pipeline(stream, limit, createWriteStream(partial, { flags: 'wx' }));
      if (limit.exceeded || stream.sizeExceeded) {
        throw smtpError(
          `Error: message exceeds fixed maximum message size ${options.maxBytes}`,
          552,
        );
      }
      const path = join(dir, file);
      await rename(partial, path);
      const head = limit.head.split(/\r?\n\r?\n/)[0];
      return {
        path,
        file,
        bytes: limit.bytes,
        dossierCode: dossierCodeIn(subjectOf(Buffer.from(head, 'latin1').toString('utf8')) ?? ''),
      };
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  const server = new SMTPServer({
    secure: false,
    // no authentication, no TLS: a loopback development tool
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    disableReverseLookup: true,
    // advertised in EHLO, so a client that declares a larger SIZE is refused before sending
    size: options.maxBytes,
    // smtp-server's own logger would print envelopes (addresses): off
    logger: false,
    closeTimeout: 1000,
    onData(stream, _session, callback) {
      store(stream).then(
        (mail) => {
          saved.push(mail);
          logger.info(
            { file: mail.file, bytes: mail.bytes, dossierCode: mail.dossierCode ?? null },
            'mail saved',
          );
          callback(null, `OK: saved as ${mail.file}`);
        },
        (error: Error & { responseCode?: number }) => {
          if (error.responseCode === 552) {
            logger.warn({ maxBytes: options.maxBytes }, 'mail refused: too large');
            callback(error);
          } else {
            logger.warn({ error: error.message }, 'mail could not be saved');
            callback(smtpError('Error: could not store the message, try again later', 451));
          }
        },
      );
    },
  });
  // connection errors (a client hanging up mid-command): log, never crash. Before the sink
  // listens, an error (port in use) rejects listen() instead.
  server.on('error', (error: Error & { code?: string }) => {
    if (url) logger.warn({ code: error.code ?? null, error: error.message }, 'mail sink error');
  });

  return {
    async listen() {
      await mkdir(dir, { recursive: true });
      await new Promise<void>((done, fail) => {
        const onError = (error: Error) => fail(error);
        server.server.once('error', onError);
        server.listen(options.port, host, () => {
          server.server.off('error', onError);
          done();
        });
      });
      const address = server.server.address() as AddressInfo;
      const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      url = `smtp://${shown}:${address.port}`;
      return url;
    },
    close() {
      closing ??= new Promise<void>((done) => {
        if (!server.server.listening) return done();
        server.close(() => done());
      });
      return closing;
    },
    get url() {
      if (!url) throw new Error('The mail sink is not listening');
      return url;
    },
    saved: () => [...saved],
  };
}
