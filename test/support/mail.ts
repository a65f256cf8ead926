import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { DEFAULT_WAIT_MS, waitFor } from './wait';

// A minimal MIME reader (mailparser is not a dependency): enough for what nodemailer writes.

export interface MimePart {
  headers: Map<string, string>;
  body: string;
}

export function parsePart(raw: string): MimePart {
  const split = raw.indexOf('\r\n\r\n');
  const head = split < 0 ? raw : raw.slice(0, split);
  const body = split < 0 ? '' : raw.slice(split + 4);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** Every leaf part of a message, multipart containers opened. */
export function leafParts(raw: string): MimePart[] {
  const part = parsePart(raw);
  const type = part.headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!type.toLowerCase().startsWith('multipart/') || !boundary) return [part];
  return (
    part.body
      .split(`--${boundary}`)
      .slice(1, -1)
      // the CRLF before a delimiter belongs to the delimiter (RFC 2046)
      .flatMap((chunk) => leafParts(chunk.replace(/^\r\n/, '').replace(/\r\n$/, '')))
  );
}

export function decodeQuotedPrintable(value: string): Buffer {
  const soft = value.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(soft.charCodeAt(i));
    }
  }
  return Buffer.from(bytes);
}

export function decodeBody(part: MimePart): Buffer {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body);
  return Buffer.from(part.body, 'utf8');
}

/** Decodes RFC 2047 encoded-words (`=?UTF-8?B?...?=`, `=?UTF-8?Q?...?=`) in a header value. */
export function decodeHeader(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2') // whitespace between encoded-words is not text
    .replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi, (_all, charset: string, kind: string, text) => {
      if (charset.toLowerCase() !== 'utf-8') throw new Error(`unexpected charset ${charset}`);
      return kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')).toString('utf8');
    });
}

export interface ReceivedMail {
  from?: string;
  to: string[];
  raw: string;
  subject: string;
  /** The decoded text/plain part. */
  text: string;
  attachments: { fileName: string; contentType: string; content: Buffer }[];
}

export interface Mailbox {
  port: number;
  url: string;
  messages: ReceivedMail[];
  /** Resolves with the first message matching, waiting up to `timeoutMs`. */
  waitFor(match: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

/** A real SMTP server on an ephemeral loopback port that keeps what it receives. */
export async function startMailbox(): Promise<Mailbox> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        messages.push(readMail(Buffer.concat(chunks).toString('utf8'), session));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async waitFor(match, timeoutMs = DEFAULT_WAIT_MS) {
      const found = await waitFor(
        async () => messages.find(match),
        (mail) => mail !== undefined,
        { timeoutMs, what: 'a matching mail' },
      );
      return found!;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function readMail(
  raw: string,
  session: { envelope: { mailFrom: false | { address: string }; rcptTo: { address: string }[] } },
): ReceivedMail {
  const top = parsePart(raw);
  const parts = leafParts(raw);
  const text = parts.find((p) =>
    (p.headers.get('content-type') ?? 'text/plain').startsWith('text/plain'),
  );
  return {
    from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
    to: session.envelope.rcptTo.map((r) => r.address),
    raw,
    subject: decodeHeader(top.headers.get('subject') ?? ''),
    text: text ? decodeBody(text).toString('utf8') : '',
    attachments: parts
      .filter((p) => /attachment/i.test(p.headers.get('content-disposition') ?? ''))
      .map((p) => ({
        fileName: decodeHeader(
          /filename="?([^";]+)"?/i.exec(p.headers.get('content-disposition') ?? '')?.[1] ?? '',
        ),
        contentType: (p.headers.get('content-type') ?? '').split(';')[0],
        content: decodeBody(p),
      })),
  };
}
