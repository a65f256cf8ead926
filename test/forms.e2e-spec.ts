import { AppConfig } from '@motcua/config';
import { DataSource } from 'typeorm';
import { readPdf } from './support/read-pdf';
import type { Citizen } from './support/actors';
import { DEMO, login, registerCitizen } from './support/actors';
import type { TestApi } from './support/api';
import { startApi } from './support/api';
import {
  COUNTER_ONLY_PROCEDURE_CODE,
  DEMO_AGENCY,
  DEMO_PROCEDURES,
  POSTAL_PROCEDURE_CODE,
  requiredDocumentCodes,
} from './support/demo';
import { fileDossier } from './support/dossiers';
import { binary } from './support/http';

const FORMS = ['receipt', 'supplement-request', 'refusal', 'apology', 'control-sheet'] as const;
// 09:30 on 26/11/2026 in Hà Nội
const RECEIVED_AT = '2026-11-26T02:30:00Z';

function documentName(procedureCode: string, documentCode: string): string {
  const procedure = DEMO_PROCEDURES.find((p) => p.code === procedureCode);
  const document = procedure?.requiredDocuments.find((d) => d.code === documentCode);
  if (!document) throw new Error(`${procedureCode} has no document ${documentCode}`);
  return document.name;
}

describe('forms: printable Circular 01/2018 slips', () => {
  let api: TestApi;
  let db: DataSource;
  let citizen: Citizen;
  let stranger: Citizen;
  let reception: string;
  let receptionist: { id: string; full_name: string };
  let publicBaseUrl: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  const getForm = (token: string | null, code: string, file: string) => {
    const req = api.http.get(`/api/v1/dossiers/${encodeURIComponent(code)}/forms/${file}`);
    if (token) req.set(auth(token));
    return req.buffer(true).parse(binary);
  };

  /** What the receive action will do: RECEIVED with a date, and its history entry. */
  async function receive(code: string): Promise<void> {
    await db.query(
      `UPDATE dossiers SET status = 'RECEIVED', received_at = $2, appointment_date = '2026-12-03'
       WHERE code = $1`,
      [code, RECEIVED_AT],
    );
    await db.query(
      `INSERT INTO dossier_history (dossier_id, action, from_status, to_status, actor_id, actor_role,
         actor_name, note, at)
       SELECT id, 'receive', 'SUBMITTED', 'RECEIVED', $2, 'RECEPTION', $3, 'Hồ sơ đầy đủ, hợp lệ', $4
       FROM dossiers WHERE code = $1`,
      [code, receptionist.id, receptionist.full_name, RECEIVED_AT],
    );
  }

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    publicBaseUrl = api.app.get(AppConfig).get('PUBLIC_BASE_URL');
    citizen = await registerCitizen(api.http, { fullName: 'Nguyễn Thị Hồng Nhung' });
    stranger = await registerCitizen(api.http, { fullName: 'Trần Văn Bình' });
    reception = await login(api.http, DEMO.reception);
    [receptionist] = await db.query('SELECT id, full_name FROM users WHERE email = $1', [
      DEMO.reception,
    ]);
  });
  afterAll(() => api.close());

  describe('Mẫu 01 and Mẫu 05 of a received dossier', () => {
    let code: string;

    beforeAll(async () => {
      code = (await fileDossier(api.http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE)).code;
      await receive(code);
    });

    it('gives the owner the receipt as an inline, uncached PDF with the dossier’s details', async () => {
      const res = await getForm(citizen.accessToken, code, 'receipt.pdf').expect(200);

      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe(`inline; filename="${code}-receipt.pdf"`);
      expect(res.headers['cache-control']).toBe('private, no-store');
      expect(Number(res.headers['content-length'])).toBe(res.body.length);

      const { text, title } = readPdf(res.body);
      expect(title).toBe(`Giấy tiếp nhận hồ sơ và hẹn trả kết quả — ${code}`);
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(text).toContain('Mẫu số 01');
      expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
      expect(text.replace(/\s+/g, ' ')).toContain(DEMO_AGENCY.name.toUpperCase());
      expect(text).toContain(`Mã hồ sơ: ${code}`);
      expect(text).toContain('Tiếp nhận hồ sơ của: Nguyễn Thị Hồng Nhung');
      expect(text).toContain(`Số điện thoại: ${citizen.phone}`);
      expect(text).toContain(`Email: ${citizen.email}`);
      const flat = text.replace(/\s+/g, ' ');
      for (const documentCode of requiredDocumentCodes(COUNTER_ONLY_PROCEDURE_CODE)) {
        expect(flat).toContain(documentName(COUNTER_ONLY_PROCEDURE_CODE, documentCode));
        expect(flat).toContain(`${documentCode}.pdf`);
      }
      expect(text).toContain('Thời gian nhận hồ sơ: 09:30 ngày 26/11/2026');
      expect(text).toContain('Hẹn trả kết quả vào ngày 03/12/2026');
      expect(text).toContain(
        'Đăng ký nhận kết quả: Tại Bộ phận tiếp nhận và trả kết quả (một cửa)',
      );
      expect(text).toContain(receptionist.full_name);
      expect(text).toContain(`${publicBaseUrl}/tra-cuu/${code}`);
    });

    it('gives an official of the agency the same receipt', async () => {
      const res = await getForm(reception, code, 'receipt.pdf').expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(readPdf(res.body).text).toContain(`Mã hồ sơ: ${code}`);
    });

    it('builds the control sheet from the history', async () => {
      const res = await getForm(reception, code, 'control-sheet.pdf').expect(200);
      expect(res.headers['content-disposition']).toBe(
        `inline; filename="${code}-control-sheet.pdf"`,
      );

      const { text, title } = readPdf(res.body);
      expect(title).toBe(`Phiếu kiểm soát quá trình giải quyết hồ sơ — ${code}`);
      expect(text).toContain('Mẫu số 05');
      expect(text).toContain(`Mã hồ sơ: ${code}`);
      expect(text).toContain('Thời gian nhận hồ sơ: 09:30 ngày 26/11/2026');
      expect(text).toContain('Thời gian hẹn trả kết quả: 03/12/2026');
      const table = text.replace(/\s+/g, ' ');
      expect(table).toContain('Nộp hồ sơ Chờ tiếp nhận');
      expect(table).toContain('Tiếp nhận hồ sơ Chờ tiếp nhận → Đã tiếp nhận');
      expect(table).toContain('Nguyễn Thị Hồng Nhung (Công dân)');
      expect(table).toContain(`${receptionist.full_name} (Cán bộ tiếp nhận)`);
      expect(table).toContain('Hồ sơ đầy đủ, hợp lệ');
    });

    it('has no supplement request, refusal or apology for this dossier (409)', async () => {
      for (const form of ['supplement-request', 'refusal', 'apology']) {
        const res = await getForm(citizen.accessToken, code, `${form}.pdf`).expect(409);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        const problem = JSON.parse(res.body.toString('utf8'));
        expect(problem).toMatchObject({ status: 409, code: 'FORM_NOT_AVAILABLE' });
        expect(problem.detail).toMatch(/hồ sơ/i);
      }
    });

    it('hides the dossier from another citizen (404)', async () => {
      for (const form of FORMS) {
        const res = await getForm(stranger.accessToken, code, `${form}.pdf`).expect(404);
        expect(JSON.parse(res.body.toString('utf8'))).toMatchObject({ code: 'NOT_FOUND' });
      }
    });

    it('knows only the five forms (404)', async () => {
      for (const file of ['result.pdf', 'receipt', 'receipt.docx', 'RECEIPT.pdf']) {
        const res = await getForm(citizen.accessToken, code, file).expect(404);
        expect(JSON.parse(res.body.toString('utf8'))).toMatchObject({ code: 'NOT_FOUND' });
      }
    });

    it('needs a signed-in user (401)', async () => {
      await getForm(null, code, 'receipt.pdf').expect(401);
    });
  });

  it('offers no form before the dossier is received (409)', async () => {
    const { code } = await fileDossier(api.http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE);
    for (const form of FORMS) {
      const res = await getForm(citizen.accessToken, code, `${form}.pdf`).expect(409);
      expect(JSON.parse(res.body.toString('utf8'))).toMatchObject({
        status: 409,
        code: 'FORM_NOT_AVAILABLE',
      });
    }
  });

  it('documents the route in the OpenAPI spec as a PDF with 404 and 409 problems', async () => {
    const { body } = await api.http.get('/api/docs-json').expect(200);
    const operation = body.paths['/api/v1/dossiers/{ref}/forms/{file}']?.get;
    expect(operation).toBeDefined();
    expect(Object.keys(operation.responses['200'].content)).toEqual(['application/pdf']);
    expect(operation.responses).toHaveProperty('404');
    expect(operation.responses).toHaveProperty('409');
    const file = operation.parameters.find((p: { name: string }) => p.name === 'file');
    expect(file.schema.enum).toEqual(FORMS.map((f) => `${f}.pdf`));
  });

  it('answers 404 for a dossier that does not exist', async () => {
    await getForm(citizen.accessToken, '000.00.00.H00-200101-9999', 'receipt.pdf').expect(404);
  });

  it('tells a postal applicant that the result comes by public post, to their address', async () => {
    const { code } = await fileDossier(api.http, citizen.accessToken, POSTAL_PROCEDURE_CODE, {
      deliveryMethod: 'POSTAL',
      deliveryAddress: {
        recipientName: 'Nguyễn Thị Hồng Nhung',
        phone: '0912345678',
        street: 'Số 12 phố Đội Cấn',
        ward: 'Phường Ngọc Hà',
        province: 'Thành phố Hà Nội',
      },
    });
    await receive(code);

    const { text } = readPdf((await getForm(reception, code, 'receipt.pdf').expect(200)).body);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Đăng ký nhận kết quả: Qua dịch vụ bưu chính công ích');
    // an address without a district (abolished on 1 July 2025) prints without a gap
    expect(flat).toContain('Số 12 phố Đội Cấn, Phường Ngọc Hà, Thành phố Hà Nội');
  });

  it('prints Mẫu 02 with the reason, the documents by name, who asked and when', async () => {
    const { code } = await fileDossier(api.http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE);
    const [documentCode] = requiredDocumentCodes(COUNTER_ONLY_PROCEDURE_CODE);
    await db.query(
      `UPDATE dossiers SET status = 'SUPPLEMENT_REQUIRED', supplement_request = $2 WHERE code = $1`,
      [
        code,
        JSON.stringify({
          reason: 'Bản chính bị rách, không đối chiếu được.',
          documents: [documentCode],
          requestedAt: '2026-11-26T03:15:00.000Z',
          requestedBy: { id: receptionist.id, name: receptionist.full_name, role: 'RECEPTION' },
          fromStatus: 'SUBMITTED',
        }),
      ],
    );

    for (const token of [citizen.accessToken, reception]) {
      const res = await getForm(token, code, 'supplement-request.pdf').expect(200);
      expect(res.headers['content-disposition']).toBe(
        `inline; filename="${code}-supplement-request.pdf"`,
      );
      const { text, title } = readPdf(res.body);
      expect(title).toBe(`Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ — ${code}`);
      expect(text).toContain('Mẫu số 02');
      expect(text).toContain(`Mã hồ sơ: ${code}`);
      expect(text).toContain('Hồ sơ của: Nguyễn Thị Hồng Nhung');
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain(`1. ${documentName(COUNTER_ONLY_PROCEDURE_CODE, documentCode)}`);
      expect(flat).toContain('Lý do: Bản chính bị rách, không đối chiếu được.');
      expect(flat).toContain(
        `Người yêu cầu: ${receptionist.full_name} (Cán bộ tiếp nhận), lúc 10:15 ngày 26/11/2026`,
      );
    }
    await getForm(stranger.accessToken, code, 'supplement-request.pdf').expect(404);
    await getForm(citizen.accessToken, code, 'receipt.pdf').expect(409);
  });

  it('prints Mẫu 03 with the reason of the refusal', async () => {
    const { code } = await fileDossier(api.http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE);
    await db.query(`UPDATE dossiers SET status = 'REJECTED', rejection = $2 WHERE code = $1`, [
      code,
      JSON.stringify({
        reason: 'Giấy tờ không thuộc diện được chứng thực bản sao từ bản chính.',
        rejectedAt: '2026-11-26T04:00:00.000Z',
        rejectedBy: { id: receptionist.id, name: receptionist.full_name, role: 'RECEPTION' },
      }),
    ]);

    const res = await getForm(citizen.accessToken, code, 'refusal.pdf').expect(200);
    const { text, title } = readPdf(res.body);
    expect(title).toBe(`Phiếu từ chối tiếp nhận giải quyết hồ sơ — ${code}`);
    expect(text).toContain('Mẫu số 03');
    expect(text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain(`Mã hồ sơ: ${code}`);
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Giấy tờ không thuộc diện được chứng thực bản sao từ bản chính.',
    );
    expect(text).toContain(receptionist.full_name);
    await getForm(reception, code, 'refusal.pdf').expect(200);
  });

  it('prints Mẫu 04 with the apology and the old and new appointment dates', async () => {
    const { code } = await fileDossier(api.http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE);
    await receive(code);
    await db.query(
      `UPDATE dossiers SET status = 'PROCESSING', appointment_date = '2026-12-10', extension = $2
       WHERE code = $1`,
      [
        code,
        JSON.stringify({
          previousAppointmentDate: '2026-12-03',
          newAppointmentDate: '2026-12-10',
          reason: 'Cần xác minh thêm với cơ quan đã cấp bản chính.',
          extendedAt: '2026-12-01T08:00:00.000Z',
          extendedBy: { id: null, name: 'Phạm Văn Đức', role: 'LEADER' },
        }),
      ],
    );

    const res = await getForm(citizen.accessToken, code, 'apology.pdf').expect(200);
    const { text, title } = readPdf(res.body);
    expect(title).toBe(`Phiếu xin lỗi và hẹn lại ngày trả kết quả — ${code}`);
    expect(text).toContain('Mẫu số 04');
    expect(text).toContain(`Mã hồ sơ: ${code}`);
    expect(text).toContain('Kính gửi: Ông/Bà Nguyễn Thị Hồng Nhung');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Thời gian hẹn trả kết quả giải quyết hồ sơ: 03/12/2026');
    expect(flat).toContain('Lý do: Cần xác minh thêm với cơ quan đã cấp bản chính.');
    expect(flat).toContain('vào ngày 10/12/2026');
    expect(text).toContain('Phạm Văn Đức');
    await getForm(reception, code, 'apology.pdf').expect(200);
  });
});
