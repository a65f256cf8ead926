// A real SMTP conversation: nodemailer sends to the sink on an ephemeral loopback port, and the
// .eml files it writes are read back from a temporary directory. No mocks.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import type { MailSink } from './mail-sink';
import {
  createMailSink,
  decodeEncodedWords,
  dossierCodeIn,
  isLoopbackHost,
  loadMailSinkConfig,
  mailFileName,
  MAIL_SINK_DEFAULT_MAX_BYTES,
  subjectOf,
} from './mail-sink';
import { dossierCodeOf } from '@motcua/notifications';
import { decodeBody, decodeHeader, leafParts, parsePart } from '../../../test/support/mail';

const CODE = '000.00.00.H00-261201-0042';
const SUBJECT = `[${CODE}] Hồ sơ đã được tiếp nhận, hẹn trả kết quả ngày 08/12/2026`;
const RECIPIENT = 'nguyen.thi.hoa@example.com';
const TEXT = 'Kính gửi bà Nguyễn Thị Hoà,\nhồ sơ Đăng ký khai sinh đã được tiếp nhận.';
const PDF = Buffer.concat([
  Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n', 'latin1'),
  randomBytes(2048), // binary content must survive the base64 round trip byte for byte
  Buffer.from('\ntrailer <<>>\n%%EOF\n', 'latin1'),
]);
const MAX_BYTES = 64 * 1024;

interface LogLine {
  level: 'info' | 'warn';
  details: object;
  message: string;
}

async function send(url: string, attachment: Buffer, subject = SUBJECT) {
  const transport = createTransport(url);
  try {
    return await transport.sendMail({
      from: '"Một cửa điện tử" <no-reply@motcua.local>',
      to: RECIPIENT,
      subject,
      text: TEXT,
      attachments: [
        {
          filename: `giay-tiep-nhan-${CODE}.pdf`,
          content: attachment,
          contentType: 'application/pdf',
        },
      ],
    });
  } finally {
    transport.close();
  }
}

describe('mail sink (real SMTP with nodemailer)', () => {
  let root: string;
  let dir: string;
  let sink: MailSink;
  const logs: LogLine[] = [];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'motcua-mail-sink-'));
    dir = join(root, 'var', 'mail'); // does not exist yet: listen() creates it
    sink = createMailSink({
      port: 0,
      host: '127.0.0.1',
      dir,
      maxBytes: MAX_BYTES,
      logger: {
        info: (details, message) => logs.push({ level: 'info', details, message }),
        warn: (details, message) => logs.push({ level: 'warn', details, message }),
      },
    });
    await sink.listen();
  });

  afterAll(async () => {
    await sink.close();
    await rm(root, { recursive: true, force: true });
  });

  it('listens on a loopback smtp:// URL with a real port', () => {
    expect(sink.url).toMatch(/^smtp:\/\/127\.0\.0\.1:[1-9]\d*$/);
  });

  it('writes an accepted mail as one .eml file with its Vietnamese subject, text and PDF intact', async () => {
    const before = await readdir(dir);
    const info = await send(sink.url, PDF);
    expect(info.accepted).toEqual([RECIPIENT]);

    const added = (await readdir(dir)).filter((name) => !before.includes(name));
    expect(added).toHaveLength(1);
    const [file] = added;
    expect(file).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z-[0-9a-f]{8}\.eml$/);

    const raw = await readFile(join(dir, file), 'utf8');
    const top = parsePart(raw);
    expect(decodeHeader(top.headers.get('subject') ?? '')).toBe(SUBJECT);
    expect(top.headers.get('to')).toBe(RECIPIENT);
    const parts = leafParts(raw);
    const text = parts.find((p) => (p.headers.get('content-type') ?? '').startsWith('text/plain'));
    // SMTP lines end in CRLF: nodemailer turns the text's LF into CRLF on the wire
    expect(text && decodeBody(text).toString('utf8').replace(/\r\n/g, '\n')).toBe(TEXT);
    const pdf = parts.find((p) =>
      (p.headers.get('content-type') ?? '').startsWith('application/pdf'),
    );
    expect(pdf).toBeDefined();
    expect(decodeHeader(pdf!.headers.get('content-disposition') ?? '')).toContain(
      `giay-tiep-nhan-${CODE}.pdf`,
    );
    expect(decodeBody(pdf!).equals(PDF)).toBe(true);

    expect(sink.saved().map((mail) => mail.file)).toContain(file);
    const saved = sink.saved().find((mail) => mail.file === file)!;
    expect(saved.dossierCode).toBe(CODE);
    expect(saved.bytes).toBe(Buffer.byteLength(raw));
  });

  it('logs one line per mail with the file name and dossier code, never the address or the body', async () => {
    logs.length = 0;
    await send(sink.url, PDF);
    const saved = sink.saved().at(-1)!;

    expect(logs).toEqual([
      {
        level: 'info',
        message: 'mail saved',
        details: { file: saved.file, bytes: saved.bytes, dossierCode: CODE },
      },
    ]);
    const logged = JSON.stringify(logs);
    expect(logged).not.toContain(RECIPIENT);
    expect(logged).not.toContain('Nguyễn Thị Hoà');
    expect(logged).not.toContain('Kính gửi');
  });

  it('refuses a mail over the size limit with 552 and keeps no file of it', async () => {
    const before = (await readdir(dir)).sort();
    const savedBefore = sink.saved().length;
    logs.length = 0;

    await expect(send(sink.url, randomBytes(MAX_BYTES))).rejects.toMatchObject({
      responseCode: 552,
    });

    expect((await readdir(dir)).sort()).toEqual(before); // no .eml, no leftover partial file
    expect(sink.saved()).toHaveLength(savedBefore);
    expect(logs).toEqual([
      { level: 'warn', message: 'mail refused: too large', details: { maxBytes: MAX_BYTES } },
    ]);
  });

  it('still accepts mail after refusing one', async () => {
    const count = sink.saved().length;
    await send(sink.url, PDF, `[${CODE}] Hồ sơ đã có kết quả giải quyết`);
    expect(sink.saved()).toHaveLength(count + 1);
  });

  it('fails to listen on a port already taken, with the system error', async () => {
    const port = Number(new URL(sink.url).port);
    const second = createMailSink({ port, host: '127.0.0.1', dir, maxBytes: MAX_BYTES });
    await expect(second.listen()).rejects.toMatchObject({ code: 'EADDRINUSE' });
    await second.close();
  });
});

describe('mail sink configuration', () => {
  it('refuses to listen beyond loopback: it has no authentication', () => {
    expect(() => createMailSink({ port: 0, host: '0.0.0.0', dir: 'x', maxBytes: 10 })).toThrow(
      /loopback/,
    );
    expect(() => createMailSink({ port: 0, host: '192.168.1.5', dir: 'x', maxBytes: 10 })).toThrow(
      /loopback/,
    );
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('::1')).toBe(true);
    expect(isLoopbackHost('localhost')).toBe(true);
    expect(isLoopbackHost('::')).toBe(false);
  });

  it('reads its port, directory and size limit from the environment, with local defaults', () => {
    expect(loadMailSinkConfig({})).toEqual({
      port: 2525,
      host: '127.0.0.1',
      dir: './var/mail',
      maxBytes: MAIL_SINK_DEFAULT_MAX_BYTES,
    });
    expect(
      loadMailSinkConfig({
        MAIL_SINK_PORT: '2626',
        MAIL_SINK_DIR: '/tmp/thu',
        MAIL_SINK_MAX_BYTES: '1000',
      }),
    ).toEqual({ port: 2626, host: '127.0.0.1', dir: '/tmp/thu', maxBytes: 1000 });
    expect(() => loadMailSinkConfig({ MAIL_SINK_PORT: 'abc' })).toThrow(/MAIL_SINK_PORT/);
    expect(() => loadMailSinkConfig({ MAIL_SINK_PORT: '70000' })).toThrow(/MAIL_SINK_PORT/);
    expect(() => loadMailSinkConfig({ MAIL_SINK_MAX_BYTES: '0' })).toThrow(/MAIL_SINK_MAX_BYTES/);
  });

  it('names files by ISO time then a short id, so they sort in arrival order', () => {
    const first = mailFileName(new Date('2026-12-01T04:05:06.789Z'), 'aaaaaaaa');
    const second = mailFileName(new Date('2026-12-01T10:00:00.000Z'), '00000000');
    expect(first).toBe('2026-12-01T04-05-06.789Z-aaaaaaaa.eml');
    expect([second, first].sort()).toEqual([first, second]);
  });

  it('decodes a folded, encoded Subject header', () => {
    const head =
      'From: a@b\r\nSubject: =?UTF-8?B?' +
      Buffer.from('[000.00.00.H00-261201-0042] Hồ').toString('base64') +
      '?=\r\n =?UTF-8?Q?_s=C6=A1?=\r\nTo: c@d';
    expect(subjectOf(head)).toBe('[000.00.00.H00-261201-0042] Hồ sơ');
    expect(subjectOf('From: a@b')).toBeUndefined();
    expect(decodeEncodedWords('=?x-unknown?B?YQ==?=')).toBe('=?x-unknown?B?YQ==?=');
  });

  it('finds the dossier code in a subject exactly as the notification channels do', () => {
    const subjects = [
      SUBJECT,
      '[G01.35.12.H40-270315-12345] Hồ sơ đã có kết quả giải quyết',
      'Không có mã hồ sơ',
      '[000.00.00.h00-261201-0042] chữ thường',
      '',
    ];
    for (const subject of subjects) expect(dossierCodeIn(subject)).toBe(dossierCodeOf(subject));
    expect(dossierCodeIn(SUBJECT)).toBe(CODE);
  });
});
