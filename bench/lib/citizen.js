'use strict';
/**
 * The bench citizen, set up through the public API like a real one: register (or reuse),
 * log in, upload one PDF, then build a valid filing for a demo procedure.
 */

const { wellFormedPdf } = require('./pdf');

const BENCH_CITIZEN = {
  nationalId: '001199000001',
  fullName: 'Nguyễn Văn Kiểm Thử',
  phone: '0911990001',
  password: 'Bench@123456',
};
// the demo birth registration: two required documents, eleven fields of most types
const PREFERRED_PROCEDURE = '1.001193';

async function call(baseUrl, method, path, { token, json, body, headers = {} } = {}) {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(json !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: json !== undefined ? JSON.stringify(json) : body,
  });
  const text = await res.text();
  let data;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = text;
  }
  return { status: res.status, data };
}

function expectStatus(what, response, ...ok) {
  if (!ok.includes(response.status)) {
    throw new Error(`${what}: HTTP ${response.status} ${JSON.stringify(response.data)}`);
  }
  return response.data;
}

/** Registers the bench citizen unless already there, and logs in. */
async function signIn(baseUrl) {
  const registered = await call(baseUrl, 'POST', '/api/v1/auth/register', { json: BENCH_CITIZEN });
  expectStatus('register bench citizen', registered, 201, 409);
  const login = await call(baseUrl, 'POST', '/api/v1/auth/login', {
    json: { username: BENCH_CITIZEN.nationalId, password: BENCH_CITIZEN.password },
  });
  const { accessToken } = expectStatus('log in bench citizen', login, 200);
  return { token: accessToken, nationalId: BENCH_CITIZEN.nationalId };
}

async function uploadPdf(baseUrl, token) {
  const pdf = wellFormedPdf();
  const form = new FormData();
  form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'to-khai.pdf');
  const uploaded = await call(baseUrl, 'POST', '/api/v1/files', { token, body: form });
  return expectStatus('upload PDF', uploaded, 201);
}

/** The preferred demo procedure, else the first one that has required documents. */
async function pickProcedure(baseUrl) {
  const list = expectStatus(
    'list procedures',
    await call(baseUrl, 'GET', '/api/v1/procedures?limit=100'),
    200,
  );
  const codes = list.items.map((p) => p.code);
  const ordered = codes.includes(PREFERRED_PROCEDURE)
    ? [PREFERRED_PROCEDURE, ...codes.filter((c) => c !== PREFERRED_PROCEDURE)]
    : codes;
  for (const code of ordered) {
    const procedure = expectStatus(
      `procedure ${code}`,
      await call(baseUrl, 'GET', `/api/v1/procedures/${encodeURIComponent(code)}`),
      200,
    );
    if (procedure.requiredDocuments.some((d) => d.required)) return procedure;
  }
  throw new Error('no procedure with required documents: is the demo data loaded?');
}

/** A value the server accepts for a field: every field filled, as a careful citizen would. */
function valueFor(field) {
  switch (field.type) {
    case 'text':
      return 'Nguyễn Thị Minh Khai'.slice(0, field.maxLength ?? 2000);
    case 'textarea':
      return 'Số 12 phố Kim Mã, phường Kim Mã, quận Ba Đình, Hà Nội'.slice(
        0,
        field.maxLength ?? 2000,
      );
    case 'number':
      return field.min ?? 1;
    case 'date':
      return '2025-03-15';
    case 'select':
      return field.options[0];
    case 'checkbox':
      return true;
    case 'nationalId':
      return '001185012345';
    case 'phone':
      return '0912345678';
    case 'email':
      return 'nguoi.nop@example.vn';
    default:
      throw new Error(`no bench value for field type ${field.type}`);
  }
}

function filingBody(procedure, fileId) {
  return {
    procedureCode: procedure.code,
    formData: Object.fromEntries(procedure.fields.map((f) => [f.key, valueFor(f)])),
    attachments: procedure.requiredDocuments
      .filter((d) => d.required)
      .map((d) => ({ documentCode: d.code, fileId })),
    deliveryMethod: 'COUNTER',
  };
}

/** Everything the filing scenario needs; files one dossier to prove the body is accepted. */
async function prepareFiling(baseUrl) {
  const citizen = await signIn(baseUrl);
  const file = await uploadPdf(baseUrl, citizen.token);
  const procedure = await pickProcedure(baseUrl);
  const body = filingBody(procedure, file.id);
  const filed = await call(baseUrl, 'POST', '/api/v1/dossiers', {
    token: citizen.token,
    json: body,
  });
  const dossier = expectStatus('file one dossier', filed, 201);
  return { citizen, file, procedure, body, sampleCode: dossier.code };
}

module.exports = { BENCH_CITIZEN, prepareFiling, signIn, call, expectStatus };
