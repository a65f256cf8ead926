import { once } from 'node:events';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { DebugLogger } from './channels';
import {
  createEmailChannel,
  createSmsChannel,
  dossierCodeOf,
  HttpSmsChannel,
  LogEmailChannel,
  SmsGatewayError,
  SmtpEmailChannel,
} from './channels';
import { NotificationEvent, renderNotification } from './templates';
import { decodeBody, decodeHeader, leafParts, parsePart } from '../../../test/support/mail';

const CODE = '000.00.00.H00-261126-0007';
const letter = renderNotification({
  event: NotificationEvent.Received,
  dossierCode: CODE,
  procedureName: 'Đăng ký khai sinh',
  applicantName: 'Nguyễn Thị Hoà',
  trackingUrl: 'https://motcua.example.gov.vn/tra-cuu',
  appointmentDate: '2026-12-03',
});
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

describe('SmtpEmailChannel (against a real smtp-server)', () => {
  let server: SMTPServer;
  let port: number;
  const received: { from?: string; to: string[]; raw: string }[] = [];

  beforeAll(async () => {
    server = new SMTPServer({
      secure: false,
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    server.listen(0, '127.0.0.1');
    await once(server.server, 'listening');
    port = (server.server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('delivers the letter with its PDF, subject and Vietnamese body intact', async () => {
    const channel = new SmtpEmailChannel({
      url: `smtp://127.0.0.1:${port}`,
      from: '"Một cửa điện tử" <noreply@motcua.local>',
    });
    try {
      await channel.send({
        to: 'hoa.nguyen@example.com',
        subject: letter.subject,
        text: letter.text,
        html: letter.html,
        attachments: [
          { filename: `giay-tiep-nhan-${CODE}.pdf`, content: PDF, contentType: 'application/pdf' },
        ],
      });
    } finally {
      channel.close();
    }

    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail.from).toBe('noreply@motcua.local');
    expect(mail.to).toEqual(['hoa.nguyen@example.com']);

    const message = parsePart(mail.raw);
    expect(decodeHeader(message.headers.get('subject')!)).toBe(letter.subject);
    expect(decodeHeader(message.headers.get('from')!)).toContain('Một cửa điện tử');

    const parts = leafParts(mail.raw);
    const text = parts.find((p) => p.headers.get('content-type')?.startsWith('text/plain'));
    const html = parts.find((p) => p.headers.get('content-type')?.startsWith('text/html'));
    const pdf = parts.find((p) => p.headers.get('content-type')?.startsWith('application/pdf'));

    expect(text?.headers.get('content-type')).toMatch(/charset=utf-8/i);
    expect(decodeBody(text!).toString('utf8')).toBe(letter.text.replace(/\n/g, '\r\n'));
    expect(decodeBody(text!).toString('utf8')).toContain('Kính gửi ông/bà Nguyễn Thị Hoà');
    expect(decodeBody(html!).toString('utf8')).toContain('Ngày hẹn trả kết quả');

    expect(pdf?.headers.get('content-disposition')).toContain(
      `filename=giay-tiep-nhan-${CODE}.pdf`,
    );
    expect(decodeBody(pdf!).equals(PDF)).toBe(true);
  });

  it('rejects when the server refuses, so the job retries', async () => {
    const channel = new SmtpEmailChannel({
      url: `smtp://127.0.0.1:${port}`,
      from: 'noreply@motcua.local',
    });
    try {
      await expect(
        channel.send({ to: 'not an address', subject: letter.subject, text: letter.text }),
      ).rejects.toThrow();
    } finally {
      channel.close();
    }
  });

  it('refuses a URL that is not smtp(s)://, and a missing sender', () => {
    expect(() => new SmtpEmailChannel({ url: 'http://x', from: 'a@b.c' })).toThrow('SMTP_URL');
    expect(() => new SmtpEmailChannel({ url: 'smtp://127.0.0.1:25', from: ' ' })).toThrow(
      'MAIL_FROM',
    );
  });
});

describe('LogEmailChannel', () => {
  it('logs at debug level only the event and the dossier code', async () => {
    const lines: unknown[] = [];
    const logger: DebugLogger = { debug: (message) => lines.push(message) };
    const channel = new LogEmailChannel(logger);

    await channel.send({
      to: 'hoa.nguyen@example.com',
      subject: letter.subject,
      text: letter.text,
      html: letter.html,
      attachments: [
        { filename: 'giay-tiep-nhan.pdf', content: PDF, contentType: 'application/pdf' },
      ],
      event: NotificationEvent.Received,
    });

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ event: 'received', dossierCode: CODE, attachments: 1 });
    const logged = JSON.stringify(lines);
    expect(logged).not.toContain('hoa.nguyen');
    expect(logged).not.toContain('Nguyễn Thị Hoà');
    expect(logged).not.toContain('Đăng ký khai sinh');
    expect(logged).not.toContain('giay-tiep-nhan');
  });

  it('is what createEmailChannel gives without SMTP_URL', () => {
    expect(createEmailChannel({ from: 'a@b.c' })).toBeInstanceOf(LogEmailChannel);
    expect(createEmailChannel({ smtpUrl: ' ', from: 'a@b.c' })).toBeInstanceOf(LogEmailChannel);
    const smtp = createEmailChannel({ smtpUrl: 'smtp://127.0.0.1:2525', from: 'a@b.c' });
    expect(smtp).toBeInstanceOf(SmtpEmailChannel);
    (smtp as SmtpEmailChannel).close();
  });

  it('finds the dossier code in a subject', () => {
    expect(dossierCodeOf(letter.subject)).toBe(CODE);
    expect(dossierCodeOf('Không có mã')).toBeUndefined();
  });
});

describe('HttpSmsChannel (against a local HTTP server)', () => {
  let server: Server;
  let baseUrl: string;
  let answer: (request: IncomingMessage, response: ServerResponse, body: string) => void;
  const requests: {
    method?: string;
    url?: string;
    headers: IncomingMessage['headers'];
    body: string;
  }[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        requests.push({ method: request.method, url: request.url, headers: request.headers, body });
        answer(request, response, body);
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  beforeEach(() => {
    requests.length = 0;
    answer = (_request, response) => response.writeHead(202).end('{"id":"m1"}');
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const sms = { to: '0912345678', subject: letter.subject, text: 'Hồ sơ đã được tiếp nhận.' };

  it('POSTs { to, text } as JSON with the bearer key', async () => {
    await new HttpSmsChannel({ url: `${baseUrl}/sms`, apiKey: 'k-123' }).send(sms);

    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/sms');
    expect(request.headers.authorization).toBe('Bearer k-123');
    expect(request.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(request.body)).toEqual({
      to: '0912345678',
      text: 'Hồ sơ đã được tiếp nhận.',
    });
  });

  it('throws on a non-2xx answer, without the phone number or text', async () => {
    answer = (_request, response) => response.writeHead(503).end('busy');
    const error = await new HttpSmsChannel({ url: `${baseUrl}/sms`, apiKey: 'k' })
      .send(sms)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SmsGatewayError);
    expect((error as SmsGatewayError).status).toBe(503);
    expect((error as Error).message).not.toContain('0912345678');
  });

  it('throws when the gateway does not answer in time', async () => {
    answer = () => undefined; // never answers
    await expect(
      new HttpSmsChannel({ url: `${baseUrl}/sms`, apiKey: 'k', timeoutMs: 200 }).send(sms),
    ).rejects.toThrow(SmsGatewayError);
  });

  it('throws when the gateway is unreachable', async () => {
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(
      new HttpSmsChannel({ url: `http://127.0.0.1:${port}/sms`, apiKey: 'k' }).send(sms),
    ).rejects.toThrow('unreachable');
  });

  it('is off unless a gateway URL is configured, and needs a key when it is', () => {
    expect(createSmsChannel({})).toBeUndefined();
    expect(createSmsChannel({ url: '  ', apiKey: 'k' })).toBeUndefined();
    expect(createSmsChannel({ url: `${baseUrl}/sms`, apiKey: 'k' })).toBeInstanceOf(HttpSmsChannel);
    expect(() => createSmsChannel({ url: `${baseUrl}/sms` })).toThrow('API key');
    expect(() => new HttpSmsChannel({ url: 'ftp://x', apiKey: 'k' })).toThrow('http');
  });
});
