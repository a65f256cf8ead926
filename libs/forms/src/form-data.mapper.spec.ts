import { DomainError, DossierStatus, ErrorCode } from '@motcua/domain';
// the API's own row and history types: they must keep fitting the forms' inputs
import type { DossierDetailRow } from '@motcua/database';
import type { HistoryEntryDto } from '../../../apps/api/src/dossiers/dto/dossier.response';
import type { FormSources } from './form-data.mapper';
import {
  assertFormAvailable,
  formFileName,
  receivingOfficial,
  toApologyData,
  toControlSheetData,
  toReceiptSlipData,
  toRefusalData,
  toSupplementRequestData,
  trackingUrl,
} from './form-data.mapper';
import { FormName, parseFormFileName } from './form-name';

const CODE = '000.00.00.H00-261126-0001';
const RECEPTIONIST = { id: 'u-1', name: 'Nguyễn Thị Thu Hà', role: 'RECEPTION' };

function aDossier(overrides: Partial<DossierDetailRow> = {}): DossierDetailRow {
  return {
    id: '6f1c2b4e-0000-4000-8000-000000000001',
    code: CODE,
    status: DossierStatus.Submitted,
    channel: 'ONLINE',
    owner_id: 'citizen-1',
    agency_id: 'agency-1',
    received_by_agency_id: null,
    applicant_national_id: '001190012345',
    applicant_full_name: 'Nguyễn Thị Hồng Nhung',
    applicant_phone: '0912345678',
    applicant_email: 'nhung@example.vn',
    form_data: {},
    attachments: [],
    delivery_method: 'COUNTER',
    delivery_address: null,
    submitted_at: new Date('2026-11-26T01:00:00Z'),
    received_at: null,
    appointment_date: null,
    processing_days: 5,
    assignee_id: null,
    supplement_request: null,
    result: null,
    delivery: null,
    rejection: null,
    extension: null,
    attachment_check: null,
    version: 1,
    created_at: new Date('2026-11-26T01:00:00Z'),
    procedure_id: 'procedure-1',
    procedure_code: '1.001193',
    procedure_name: 'Thủ tục đăng ký khai sinh',
    agency_code: '000.00.00.H00',
    assignee_name: null,
    received_by_code: null,
    received_by_name: null,
    ...overrides,
  };
}

function entry(overrides: Partial<HistoryEntryDto>): HistoryEntryDto {
  return {
    at: '2026-11-26T01:00:00.000Z',
    action: 'submit',
    fromStatus: DossierStatus.Draft,
    toStatus: DossierStatus.Submitted,
    actor: { role: 'CITIZEN', name: 'Nguyễn Thị Hồng Nhung' },
    note: null,
    ...overrides,
  };
}

const RECEIVE = entry({
  at: '2026-11-26T02:30:00.000Z',
  action: 'receive',
  fromStatus: DossierStatus.Submitted,
  toStatus: DossierStatus.Received,
  actor: { role: 'RECEPTION', name: RECEPTIONIST.name },
});

function sources(dossier: DossierDetailRow, history: HistoryEntryDto[] = []): FormSources {
  return {
    dossier,
    procedure: {
      agencyName: 'Ủy ban nhân dân quận Ba Đình, thành phố Hà Nội',
      requiredDocuments: [
        { code: 'TK', name: 'Tờ khai đăng ký khai sinh', required: true },
        { code: 'CS', name: 'Giấy chứng sinh', required: true },
        { code: 'UQ', name: 'Văn bản ủy quyền', required: false },
      ],
    },
    history,
    publicBaseUrl: 'https://motcua.example.vn/',
    now: new Date('2026-11-27T00:00:00Z'),
  };
}

function conflictOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a DomainError');
}

describe('form names', () => {
  it.each(Object.values(FormName))('knows %s.pdf', (name) => {
    expect(parseFormFileName(`${name}.pdf`)).toBe(name);
  });

  it.each(['receipt', 'receipt.PDF', 'result.pdf', '../receipt.pdf', 'receipt.pdf.pdf', ''])(
    'rejects %p',
    (file) => expect(parseFormFileName(file)).toBeNull(),
  );
});

describe('form availability', () => {
  const received = { received_at: new Date('2026-11-26T02:30:00Z') };
  const cases: Array<[FormName, Partial<DossierDetailRow>]> = [
    [FormName.Receipt, received],
    [FormName.ControlSheet, received],
    [
      FormName.SupplementRequest,
      {
        supplement_request: {
          reason: 'Thiếu giấy chứng sinh',
          documents: ['CS'],
          requestedAt: '2026-11-26T03:00:00.000Z',
          requestedBy: RECEPTIONIST,
          fromStatus: DossierStatus.Submitted,
        },
      },
    ],
    [
      FormName.Refusal,
      {
        rejection: {
          reason: 'Không thuộc thẩm quyền',
          rejectedAt: '2026-11-26T03:00:00.000Z',
          rejectedBy: RECEPTIONIST,
        },
      },
    ],
    [
      FormName.Apology,
      {
        extension: {
          previousAppointmentDate: '2026-12-03',
          newAppointmentDate: '2026-12-10',
          reason: 'Cần xác minh thêm',
          extendedAt: '2026-12-01T08:00:00.000Z',
          extendedBy: { id: 'u-4', name: 'Phạm Văn Đức', role: 'LEADER' },
        },
      },
    ],
  ];

  it.each(cases)('%s exists once the dossier has reached its step', (form, reached) => {
    expect(() => assertFormAvailable(form, aDossier(reached))).not.toThrow();
  });

  it.each(cases)('%s before that step is 409 FORM_NOT_AVAILABLE', (form) => {
    const error = conflictOf(() => assertFormAvailable(form, aDossier()));
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe(ErrorCode.FormNotAvailable);
    expect(error.detail).toMatch(/hồ sơ/i);
  });

  it('names the file after the dossier code and the form', () => {
    expect(formFileName(FormName.ControlSheet, aDossier())).toBe(`${CODE}-control-sheet.pdf`);
  });
});

describe('toReceiptSlipData', () => {
  const dossier = aDossier({
    status: DossierStatus.Received,
    received_at: new Date('2026-11-26T02:30:00Z'),
    appointment_date: '2026-12-03',
    attachments: [
      { documentCode: 'CS', fileId: 'f-2', fileName: 'chung-sinh.pdf' },
      { documentCode: 'TK', fileId: 'f-1', fileName: 'to-khai.pdf' },
      { documentCode: 'CS', fileId: 'f-3', fileName: 'chung-sinh-trang-2.png' },
      { documentCode: 'XX', fileId: 'f-4', fileName: 'khac.pdf' },
    ],
    form_data: { address: ' Số 12 phố Đội Cấn ' },
  });

  it('lists the documents by name in the procedure’s order, with their files', () => {
    expect(toReceiptSlipData(sources(dossier, [RECEIVE])).documents).toEqual([
      { name: 'Tờ khai đăng ký khai sinh', fileNames: ['to-khai.pdf'] },
      { name: 'Giấy chứng sinh', fileNames: ['chung-sinh.pdf', 'chung-sinh-trang-2.png'] },
      { name: 'XX', fileNames: ['khac.pdf'] },
    ]);
  });

  it('carries the applicant, dates, receiver and tracking link', () => {
    const data = toReceiptSlipData(sources(dossier, [entry({}), RECEIVE]));
    expect(data).toMatchObject({
      agencyName: 'Ủy ban nhân dân quận Ba Đình, thành phố Hà Nội',
      dossierCode: CODE,
      applicantName: 'Nguyễn Thị Hồng Nhung',
      applicantPhone: '0912345678',
      applicantEmail: 'nhung@example.vn',
      applicantAddress: 'Số 12 phố Đội Cấn',
      procedureName: 'Thủ tục đăng ký khai sinh',
      receivedAt: new Date('2026-11-26T02:30:00Z'),
      appointmentDate: '2026-12-03',
      processingDays: 5,
      deliveryMethod: 'COUNTER',
      deliveryAddress: null,
      receivedBy: RECEPTIONIST.name,
      trackingUrl: `https://motcua.example.vn/tra-cuu/${CODE}`,
    });
  });

  it('is issued by the centre that received the dossier for another agency, naming both', () => {
    const forwarded = aDossier({
      ...dossier,
      received_by_name: 'Trung tâm Phục vụ hành chính công',
    });
    expect(toReceiptSlipData(sources(forwarded, [RECEIVE]))).toMatchObject({
      agencyName: 'Trung tâm Phục vụ hành chính công',
      receivedElsewhere: {
        place: 'Trung tâm Phục vụ hành chính công',
        competentAgencyName: 'Ủy ban nhân dân quận Ba Đình, thành phố Hà Nội',
      },
    });
    expect(toReceiptSlipData(sources(dossier, [RECEIVE])).receivedElsewhere).toBeNull();
  });

  it('gives the postal address for a result sent by post', () => {
    const postal = aDossier({
      ...dossier,
      delivery_method: 'POSTAL',
      delivery_address: {
        recipientName: 'Trần Văn Bình',
        phone: '0987654321',
        street: 'Số 5 ngõ 12 phố Kim Mã',
        ward: 'Phường Kim Mã',
        district: 'Quận Ba Đình',
        province: 'Thành phố Hà Nội',
      },
    });
    expect(toReceiptSlipData(sources(postal)).deliveryAddress).toBe(
      'Trần Văn Bình, 0987654321, Số 5 ngõ 12 phố Kim Mã, Phường Kim Mã, Quận Ba Đình, Thành phố Hà Nội',
    );
  });

  it('falls back to the agency code when the procedure cannot be found', () => {
    expect(toReceiptSlipData({ ...sources(dossier), procedure: null })).toMatchObject({
      agencyName: '000.00.00.H00',
      documents: [
        { name: 'CS', fileNames: ['chung-sinh.pdf', 'chung-sinh-trang-2.png'] },
        { name: 'TK', fileNames: ['to-khai.pdf'] },
        { name: 'XX', fileNames: ['khac.pdf'] },
      ],
    });
  });

  it('refuses a dossier that has not been received', () => {
    expect(() => toReceiptSlipData(sources(aDossier()))).toThrow(DomainError);
  });
});

describe('receivingOfficial', () => {
  it('is the actor of the receive step', () => {
    expect(receivingOfficial([entry({}), RECEIVE])).toBe(RECEPTIONIST.name);
  });

  it('is the official who moved a desk filing to RECEIVED', () => {
    const desk = entry({
      action: 'create',
      fromStatus: null,
      toStatus: DossierStatus.Received,
      actor: { role: 'RECEPTION', name: 'Lê Thị Lan' },
    });
    expect(receivingOfficial([desk])).toBe('Lê Thị Lan');
  });

  it('is the one-stop desk when nobody is recorded', () => {
    expect(receivingOfficial([entry({})])).toBe('Bộ phận tiếp nhận và trả kết quả');
  });
});

describe('trackingUrl', () => {
  it('is the portal’s tracking page for the code', () => {
    expect(trackingUrl('http://localhost:3000', CODE)).toBe(
      `http://localhost:3000/tra-cuu/${CODE}`,
    );
    expect(trackingUrl('https://motcua.gov.vn//', 'a b')).toBe(
      'https://motcua.gov.vn/tra-cuu/a%20b',
    );
  });
});

describe('the other slips', () => {
  it('names the documents a supplement request asks for', () => {
    const data = toSupplementRequestData(
      sources(
        aDossier({
          supplement_request: {
            reason: 'Giấy chứng sinh bị mờ',
            documents: ['CS', 'UQ', 'ZZ'],
            requestedAt: '2026-11-26T03:00:00.000Z',
            requestedBy: RECEPTIONIST,
            fromStatus: DossierStatus.Submitted,
          },
        }),
      ),
    );
    expect(data).toMatchObject({
      reason: 'Giấy chứng sinh bị mờ',
      documents: ['Giấy chứng sinh', 'Văn bản ủy quyền', 'ZZ'],
      requestedAt: new Date('2026-11-26T03:00:00Z'),
      requestedBy: { name: RECEPTIONIST.name, role: 'RECEPTION' },
    });
  });

  it('carries the reason of a refusal', () => {
    const data = toRefusalData(
      sources(
        aDossier({
          status: DossierStatus.Rejected,
          rejection: {
            reason: 'Không thuộc thẩm quyền',
            rejectedAt: '2026-11-26T03:00:00.000Z',
            rejectedBy: RECEPTIONIST,
          },
        }),
      ),
    );
    expect(data).toMatchObject({
      reason: 'Không thuộc thẩm quyền',
      rejectedAt: new Date('2026-11-26T03:00:00Z'),
      rejectedBy: { name: RECEPTIONIST.name, role: 'RECEPTION' },
    });
  });

  it('carries both appointment dates of an apology', () => {
    const data = toApologyData(
      sources(
        aDossier({
          received_at: new Date('2026-11-26T02:30:00Z'),
          extension: {
            previousAppointmentDate: '2026-12-03',
            newAppointmentDate: '2026-12-10',
            reason: 'Cần xác minh thêm',
            extendedAt: '2026-12-01T08:00:00.000Z',
            extendedBy: { id: 'u-4', name: 'Phạm Văn Đức', role: 'LEADER' },
          },
        }),
      ),
    );
    expect(data).toMatchObject({
      receivedAt: new Date('2026-11-26T02:30:00Z'),
      previousAppointmentDate: '2026-12-03',
      newAppointmentDate: '2026-12-10',
      reason: 'Cần xác minh thêm',
      extendedBy: { name: 'Phạm Văn Đức', role: 'LEADER' },
    });
  });

  it('builds the control sheet from the history, leaving out the drafting', () => {
    const draft = entry({ action: 'save-draft', fromStatus: null, toStatus: DossierStatus.Draft });
    const data = toControlSheetData(
      sources(
        aDossier({
          received_at: new Date('2026-11-26T02:30:00Z'),
          appointment_date: '2026-12-03',
        }),
        [draft, entry({}), { ...RECEIVE, note: 'Đủ giấy tờ' }],
      ),
    );
    expect(data.steps.map((s) => s.action)).toEqual(['submit', 'receive']);
    expect(data.steps[1]).toEqual({
      at: new Date('2026-11-26T02:30:00Z'),
      action: 'receive',
      fromStatus: DossierStatus.Submitted,
      toStatus: DossierStatus.Received,
      actor: { name: RECEPTIONIST.name, role: 'RECEPTION' },
      note: 'Đủ giấy tờ',
    });
    expect(data.appointmentDate).toBe('2026-12-03');
    expect(data.printedAt).toEqual(new Date('2026-11-27T00:00:00Z'));
  });

  it('leaves the intake flag (officials only) off the control sheet', () => {
    const flag = entry({
      action: 'flag-attachments',
      actor: { name: 'Hệ thống', role: 'SYSTEM' },
      note: 'Kiểm tra tệp đính kèm không đạt, cần cán bộ kiểm tra lại: Tờ khai: ...',
    });
    const data = toControlSheetData(
      sources(
        aDossier({ received_at: new Date('2026-11-26T02:30:00Z'), appointment_date: '2026-12-03' }),
        [entry({}), flag, RECEIVE],
      ),
    );
    expect(data.steps.map((s) => s.action)).toEqual(['submit', 'receive']);
  });
});
