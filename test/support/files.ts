import { createHash } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent';

/**
 * A one-page blank A4 PDF whose cross-reference table points at the right byte offsets;
 * `note`, written as a comment, makes its bytes (and digest) unique.
 */
export function tinyPdf(note?: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> >>',
  ];
  let body = note === undefined ? '%PDF-1.4\n' : `%PDF-1.4\n% ${note}\n`;
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export const SAMPLE_PDF: Buffer = tinyPdf();

/** 1×1 grey-and-alpha PNG. */
export const SAMPLE_PNG: Buffer = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** 1×1 greyscale baseline JPEG (JFIF). */
export const SAMPLE_JPEG: Buffer = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQH/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAAAP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AP//Z',
  'base64',
);

export type SampleKind = 'pdf' | 'png' | 'jpeg';

export const SAMPLES: Record<SampleKind, { bytes: Buffer; mimeType: string; fileName: string }> = {
  pdf: { bytes: SAMPLE_PDF, mimeType: 'application/pdf', fileName: 'giay-to.pdf' },
  png: { bytes: SAMPLE_PNG, mimeType: 'image/png', fileName: 'anh-chup.png' },
  jpeg: { bytes: SAMPLE_JPEG, mimeType: 'image/jpeg', fileName: 'anh-the.jpg' },
};

export interface UploadedFile {
  id: string;
  fileName: string;
  size: number;
  mimeType: string;
  sha256: string;
}

export const sha256Of = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Uploads a sample file as `token`'s user; throws unless the API answers 201. */
export async function uploadFile(
  http: TestAgent,
  token: string,
  kind: SampleKind = 'pdf',
  fileName?: string,
): Promise<UploadedFile> {
  const sample = SAMPLES[kind];
  const res = await http
    .post('/api/v1/files')
    .set('Authorization', `Bearer ${token}`)
    .attach('file', sample.bytes, {
      filename: fileName ?? sample.fileName,
      contentType: sample.mimeType,
    });
  if (res.status !== 201) {
    throw new Error(`upload failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body as UploadedFile;
}
