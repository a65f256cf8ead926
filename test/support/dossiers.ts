import type TestAgent from 'supertest/lib/agent';
import { validFormData, requiredDocumentCodes } from './demo';
import { uploadFile } from './files';

/** A complete, submittable body for demo procedure `code`, with the citizen's own uploads. */
export async function completeDossierBody(
  http: TestAgent,
  token: string,
  code: string,
  extra: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const attachments = [];
  for (const documentCode of requiredDocumentCodes(code)) {
    const file = await uploadFile(http, token, 'pdf', `${documentCode}.pdf`);
    attachments.push({ documentCode, fileId: file.id });
  }
  return {
    procedureCode: code,
    formData: validFormData(code),
    attachments,
    deliveryMethod: 'COUNTER',
    ...extra,
  };
}

export async function fileDossier(
  http: TestAgent,
  token: string,
  code: string,
  extra: Record<string, unknown> = {},
): Promise<{ id: string; code: string; status: string }> {
  const body = await completeDossierBody(http, token, code, extra);
  const res = await http
    .post('/api/v1/dossiers')
    .set('Authorization', `Bearer ${token}`)
    .send(body);
  if (res.status !== 201)
    throw new Error(`filing failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
