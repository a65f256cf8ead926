import { renderApologySlip } from './apology-slip.renderer';
import { renderControlSheet } from './control-sheet.renderer';
import type { ControlStep, FormHeader } from './form-data';
import { renderReceiptSlip } from './receipt-slip.renderer';
import { renderRefusalSlip } from './refusal-slip.renderer';
import { renderSupplementRequestSlip } from './supplement-request-slip.renderer';
import { readPdf } from '../../../test/support/read-pdf';

const CODE = '000.00.00.H00-261126-0007';
const HEADER: FormHeader = {
  agencyName: 'Ủy ban nhân dân quận Ba Đình, thành phố Hà Nội',
  dossierCode: CODE,
  applicantName: 'Nguyễn Thị Hồng Nhung',
  procedureName: 'Thủ tục đăng ký khai sinh',
};
const RECEPTIONIST = { name: 'Nguyễn Thị Thu Hà', role: 'RECEPTION' };
const LEADER = { name: 'Phạm Văn Đức', role: 'LEADER' };
// 09:30 in Hà Nội on 26/11/2026
const RECEIVED_AT = new Date('2026-11-26T02:30:00Z');

const A5 = '/MediaBox [0 0 419.53 595.28]';
const A4 = '/MediaBox [0 0 595.28 841.89]';

/** The PDF's own structure: an embedded TrueType subset of DejaVu Sans, regular and bold. */
function expectEmbeddedDejaVu(pdf: Buffer): void {
  const raw = pdf.toString('latin1');
  expect(raw.startsWith('%PDF-')).toBe(true);
  expect(raw).toContain('/FontFile2');
  expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
  expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
  expect(raw).not.toContain('/Helvetica');
}

function expectNationalHeader(text: string): void {
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
  expect(text).toContain('ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH');
}

describe('form renderers', () => {
  it('renders Mẫu 01 with the applicant, documents, dates, delivery, receiver and tracking link', async () => {
    const pdf = await renderReceiptSlip({
      ...HEADER,
      applicantPhone: '0912345678',
      applicantEmail: 'nhung@example.vn',
      applicantAddress: 'Số 12 phố Đội Cấn, quận Ba Đình',
      documents: [
        { name: 'Tờ khai đăng ký khai sinh', fileNames: ['to-khai.pdf'] },
        { name: 'Giấy chứng sinh', fileNames: ['chung-sinh.pdf', 'trang-2.png'] },
      ],
      receivedAt: RECEIVED_AT,
      appointmentDate: '2026-12-03',
      processingDays: 5,
      deliveryMethod: 'POSTAL',
      deliveryAddress: 'Nguyễn Thị Hồng Nhung, 0912345678, Số 12 phố Đội Cấn, Hà Nội',
      receivedBy: RECEPTIONIST.name,
      receivedElsewhere: null,
      trackingUrl: `https://motcua.example.vn/tra-cuu/${CODE}`,
      claim: null,
    });

    const { text, title, pages } = readPdf(pdf);
    expect(pages).toBe(1);
    expect(title).toBe(`Giấy tiếp nhận hồ sơ và hẹn trả kết quả — ${CODE}`);
    expectNationalHeader(text);
    expect(text).toContain('Mẫu số 01');
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain(`Mã hồ sơ: ${CODE}`);
    expect(text).toContain('Tiếp nhận hồ sơ của: Nguyễn Thị Hồng Nhung');
    expect(text).toContain('Số điện thoại: 0912345678');
    expect(text).toContain('Email: nhung@example.vn');
    expect(text).toContain('Địa chỉ: Số 12 phố Đội Cấn, quận Ba Đình');
    expect(text).toContain('Nội dung yêu cầu giải quyết: Thủ tục đăng ký khai sinh');
    expect(text).toContain('1. Tờ khai đăng ký khai sinh (tệp: to-khai.pdf)');
    expect(text).toContain('2. Giấy chứng sinh (tệp: chung-sinh.pdf, trang-2.png)');
    expect(text).toContain('Thời gian giải quyết hồ sơ theo quy định: 5 ngày làm việc');
    expect(text).toContain('Thời gian nhận hồ sơ: 09:30 ngày 26/11/2026');
    expect(text).toContain('ngày 26 tháng 11 năm 2026');
    expect(text).toContain('Hẹn trả kết quả vào ngày 03/12/2026');
    expect(text).toContain('Đăng ký nhận kết quả: Qua dịch vụ bưu chính công ích');
    expect(text).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
    expect(text).toContain('Nguyễn Thị Thu Hà');
    expect(text).toContain(`https://motcua.example.vn/tra-cuu/${CODE}`);
    expect(pdf.toString('latin1')).toContain('/Subtype /Image'); // the QR code
    expect(pdf.toString('latin1')).toContain(A5);
    expectEmbeddedDejaVu(pdf);
  });

  it('names the centre that received the dossier and the competent agency', async () => {
    const pdf = await renderReceiptSlip({
      ...HEADER,
      agencyName: 'Trung tâm Phục vụ HCC Ba Đình',
      applicantPhone: '0912345678',
      applicantEmail: null,
      applicantAddress: null,
      documents: [{ name: 'Tờ khai đăng ký khai sinh', fileNames: [] }],
      receivedAt: RECEIVED_AT,
      appointmentDate: '2026-12-03',
      processingDays: 5,
      deliveryMethod: 'COUNTER',
      deliveryAddress: null,
      receivedBy: RECEPTIONIST.name,
      receivedElsewhere: {
        place: 'Trung tâm Phục vụ HCC Ba Đình',
        competentAgencyName: 'Ủy ban nhân dân phường Ngọc Hà',
      },
      trackingUrl: `https://motcua.example.vn/tra-cuu/${CODE}`,
      claim: null,
    });
    const { text, pages } = readPdf(pdf);
    expect(pages).toBe(1);
    expect(text).toContain('Nơi tiếp nhận hồ sơ: Trung tâm Phục vụ HCC Ba Đình');
    expect(text).toContain('Cơ quan có thẩm quyền giải quyết: Ủy ban nhân dân phường Ngọc Hà');
  });

  it('prints a desk dossier’s claim code and the claim page, on one page', async () => {
    const pdf = await renderReceiptSlip({
      ...HEADER,
      applicantPhone: '0912345678',
      applicantEmail: null,
      applicantAddress: null,
      documents: [{ name: 'Tờ khai đăng ký khai sinh', fileNames: [] }],
      receivedAt: RECEIVED_AT,
      appointmentDate: '2026-12-03',
      processingDays: 5,
      deliveryMethod: 'COUNTER',
      deliveryAddress: null,
      receivedBy: RECEPTIONIST.name,
      receivedElsewhere: null,
      trackingUrl: `https://motcua.example.vn/api/v1/tracking/${CODE}`,
      claim: { code: 'K7QM-2XWD-9HTB', url: `https://motcua.example.vn/nhan-ho-so/${CODE}` },
    });
    const { text, pages } = readPdf(pdf);
    expect(pages).toBe(1);
    expect(text).toContain('Mã nhận hồ sơ: K7QM-2XWD-9HTB');
    expect(text).toContain(`https://motcua.example.vn/nhan-ho-so/${CODE}`);
    expect(text).toContain('Quét để nhận hồ sơ');
    expect(text).toContain(`https://motcua.example.vn/api/v1/tracking/${CODE}`);
  });

  it('says "at the one-stop desk" for a counter hand-over and leaves out what the applicant did not give', async () => {
    const pdf = await renderReceiptSlip({
      ...HEADER,
      applicantPhone: null,
      applicantEmail: null,
      applicantAddress: null,
      documents: [],
      receivedAt: RECEIVED_AT,
      appointmentDate: null,
      processingDays: null,
      deliveryMethod: 'COUNTER',
      deliveryAddress: null,
      receivedBy: 'Bộ phận tiếp nhận và trả kết quả',
      receivedElsewhere: null,
      trackingUrl: `http://localhost:3000/tra-cuu/${CODE}`,
      claim: null,
    });

    const { text } = readPdf(pdf);
    expect(text).toContain('Đăng ký nhận kết quả: Tại Bộ phận tiếp nhận và trả kết quả (một cửa)');
    expect(text).not.toContain('Email:');
    expect(text).not.toContain('Số điện thoại:');
    expect(text).not.toContain('Địa chỉ nhận kết quả');
    expect(text).toContain('(không có)');
  });

  it('renders Mẫu 02 with every document to add, the reason, who asked and when', async () => {
    const pdf = await renderSupplementRequestSlip({
      ...HEADER,
      applicantPhone: '0912345678',
      applicantEmail: null,
      reason: 'Bản sao giấy chứng sinh bị mờ, không đọc được.',
      documents: ['Giấy chứng sinh', 'Văn bản ủy quyền (nếu nộp thay)'],
      requestedAt: new Date('2026-11-26T03:15:00Z'),
      requestedBy: RECEPTIONIST,
    });

    const { text, title } = readPdf(pdf);
    expect(title).toBe(`Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ — ${CODE}`);
    expectNationalHeader(text);
    expect(text).toContain('Mẫu số 02');
    expect(text).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(text).toContain(`Mã hồ sơ: ${CODE}`);
    expect(text).toContain('Hồ sơ của: Nguyễn Thị Hồng Nhung');
    expect(text).toContain('1. Giấy chứng sinh');
    expect(text).toContain('2. Văn bản ủy quyền (nếu nộp thay)');
    expect(text).toContain('Lý do: Bản sao giấy chứng sinh bị mờ, không đọc được.');
    expect(text).toContain('Người yêu cầu: Nguyễn Thị Thu Hà (Cán bộ tiếp nhận), lúc 10:15');
    expect(text).toContain('ngày 26 tháng 11 năm 2026');
    expect(pdf.toString('latin1')).toContain(A5);
    expectEmbeddedDejaVu(pdf);
  });

  it('renders Mẫu 03 with the reason of the refusal', async () => {
    const pdf = await renderRefusalSlip({
      ...HEADER,
      reason: 'Thủ tục không thuộc thẩm quyền giải quyết của Ủy ban nhân dân quận.',
      rejectedAt: new Date('2026-11-26T04:00:00Z'),
      rejectedBy: RECEPTIONIST,
    });

    const { text, title } = readPdf(pdf);
    expect(title).toBe(`Phiếu từ chối tiếp nhận giải quyết hồ sơ — ${CODE}`);
    expectNationalHeader(text);
    expect(text).toContain('Mẫu số 03');
    expect(text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain(`Mã hồ sơ: ${CODE}`);
    expect(text).toContain('Thủ tục không thuộc thẩm quyền giải quyết của Ủy ban nhân dân');
    expect(text).toContain('Người từ chối: Nguyễn Thị Thu Hà (Cán bộ tiếp nhận), lúc 11:00');
    expect(pdf.toString('latin1')).toContain(A5);
    expectEmbeddedDejaVu(pdf);
  });

  it('renders Mẫu 04 with the apology, the old and the new appointment date', async () => {
    const pdf = await renderApologySlip({
      ...HEADER,
      receivedAt: RECEIVED_AT,
      previousAppointmentDate: '2026-12-03',
      newAppointmentDate: '2026-12-10',
      reason: 'Cần xác minh thêm thông tin với cơ quan cấp giấy chứng sinh.',
      extendedAt: new Date('2026-12-01T08:00:00Z'),
      extendedBy: LEADER,
    });

    const { text, title } = readPdf(pdf);
    expect(title).toBe(`Phiếu xin lỗi và hẹn lại ngày trả kết quả — ${CODE}`);
    expectNationalHeader(text);
    expect(text).toContain('Mẫu số 04');
    expect(text).toContain('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
    expect(text).toContain(`Mã hồ sơ: ${CODE}`);
    expect(text).toContain('Kính gửi: Ông/Bà Nguyễn Thị Hồng Nhung');
    expect(text).toContain('Ngày 26/11/2026');
    expect(text).toContain('Thời gian hẹn trả kết quả giải quyết hồ sơ: 03/12/2026');
    expect(text).toContain('Lý do: Cần xác minh thêm thông tin với cơ quan cấp giấy chứng sinh.');
    expect(text).toContain('10/12/2026');
    expect(text).toContain('ngày 01 tháng 12 năm 2026');
    expect(text).toContain('THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ');
    expect(text).toContain('Phạm Văn Đức');
    expect(pdf.toString('latin1')).toContain(A5);
    expectEmbeddedDejaVu(pdf);
  });

  describe('Mẫu 05', () => {
    const steps: ControlStep[] = [
      {
        at: new Date('2026-11-26T01:00:00Z'),
        action: 'submit',
        fromStatus: 'DRAFT',
        toStatus: 'SUBMITTED',
        actor: { name: HEADER.applicantName, role: 'CITIZEN' },
        note: null,
      },
      {
        at: RECEIVED_AT,
        action: 'receive',
        fromStatus: 'SUBMITTED',
        toStatus: 'RECEIVED',
        actor: RECEPTIONIST,
        note: 'Hồ sơ đầy đủ, hợp lệ',
      },
      {
        at: new Date('2026-11-27T04:30:00Z'),
        action: 'assign',
        fromStatus: 'RECEIVED',
        toStatus: 'PROCESSING',
        actor: LEADER,
        note: null,
      },
    ];

    it('renders each handover: time, step, who, how long they held it, the note', async () => {
      const pdf = await renderControlSheet({
        ...HEADER,
        receivedAt: RECEIVED_AT,
        appointmentDate: '2026-12-03',
        steps,
        printedAt: new Date('2026-11-27T06:45:00Z'),
      });

      const { text, title, pages } = readPdf(pdf);
      expect(pages).toBe(1);
      expect(title).toBe(`Phiếu kiểm soát quá trình giải quyết hồ sơ — ${CODE}`);
      expectNationalHeader(text);
      expect(text).toContain('Mẫu số 05');
      expect(text).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
      expect(text).toContain(`Mã hồ sơ: ${CODE}`);
      expect(text).toContain('Thời gian nhận hồ sơ: 09:30 ngày 26/11/2026');
      expect(text).toContain('Thời gian hẹn trả kết quả: 03/12/2026');
      // table cells wrap: compare the table's text on one line
      const table = text.replace(/\s+/g, ' ');
      expect(table).toContain('Tiếp nhận hồ sơ');
      expect(table).toContain('Chờ tiếp nhận → Đã tiếp nhận');
      expect(table).toContain('Đã tiếp nhận → Đang xử lý');
      expect(table).toContain('Nguyễn Thị Thu Hà (Cán bộ tiếp nhận)');
      expect(table).toContain('Hồ sơ đầy đủ, hợp lệ');
      expect(table).toContain('Phạm Văn Đức (Lãnh đạo)');
      expect(table).toContain('1 giờ 30 phút'); // submitted 08:00, received 09:30
      expect(table).toContain('1 ngày 2 giờ'); // received 26/11 09:30, assigned 27/11 11:30
      expect(table).toContain('2 giờ 15 phút'); // assigned 11:30, printed 13:45
      expect(pdf.toString('latin1')).toContain(A4);
      expectEmbeddedDejaVu(pdf);
    });

    it('runs over several pages, repeating the table header and numbering the pages', async () => {
      const many = Array.from({ length: 40 }, (_, i) => ({
        ...steps[2],
        at: new Date(steps[2].at.getTime() + i * 3_600_000),
        note: `Bước xử lý thứ ${i + 1}, chuyển tiếp cho người kế tiếp xem xét`,
      }));
      const pdf = await renderControlSheet({
        ...HEADER,
        receivedAt: RECEIVED_AT,
        appointmentDate: '2026-12-03',
        steps: many,
        printedAt: new Date('2026-11-30T00:00:00Z'),
      });

      const { text, pages } = readPdf(pdf);
      expect(pages).toBeGreaterThan(1);
      expect(text).toContain(`Trang 1/${pages}`);
      expect(text).toContain(`Trang ${pages}/${pages}`);
      expect(text.match(/Người thực hiện/g)).toHaveLength(pages);
      expect(text.replace(/\s+/g, ' ')).toContain('Bước xử lý thứ 40,');
    });

    it('clips a note too long for one table cell', async () => {
      const pdf = await renderControlSheet({
        ...HEADER,
        receivedAt: RECEIVED_AT,
        appointmentDate: null,
        steps: [{ ...steps[1], note: 'Ghi chú rất dài. '.repeat(400) }],
        printedAt: new Date('2026-11-27T00:00:00Z'),
      });

      const { text, pages } = readPdf(pdf);
      expect(pages).toBe(1);
      expect(text).toContain('…');
      expect(text).toContain('Thời gian hẹn trả kết quả: (chưa có)');
    });

    it('shows no holding time after the dossier was closed', async () => {
      const pdf = await renderControlSheet({
        ...HEADER,
        receivedAt: RECEIVED_AT,
        appointmentDate: '2026-12-03',
        steps: [
          steps[1],
          {
            at: new Date('2026-11-26T03:30:00Z'),
            action: 'withdraw',
            fromStatus: 'RECEIVED',
            toStatus: 'WITHDRAWN',
            actor: { name: HEADER.applicantName, role: 'CITIZEN' },
            note: null,
          },
        ],
        printedAt: new Date('2026-12-30T00:00:00Z'),
      });

      const table = readPdf(pdf).text.replace(/\s+/g, ' ');
      expect(table).toContain('Rút hồ sơ');
      expect(table).toContain('Đã tiếp nhận → Đã rút');
      expect(table).toMatch(/Cán bộ tiếp nhận\) 1 giờ /);
      expect(table).toMatch(/\(Công dân\) — /);
    });
  });
});
