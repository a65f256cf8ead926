import QRCode from 'qrcode';
import type { ReceiptSlipData } from './form-data';
import { FormName, FORMS, ONE_STOP_DESK } from './form-name';
import { FormPdfWriter } from './form-pdf.writer';
import { vietnameseDate, vietnameseDateTime } from './vietnamese-format';

const DELIVERY_LABELS: Record<ReceiptSlipData['deliveryMethod'], string> = {
  COUNTER: 'Tại Bộ phận tiếp nhận và trả kết quả (một cửa)',
  POSTAL: 'Qua dịch vụ bưu chính công ích',
};

/**
 * Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả (A5), with a QR code of the tracking link,
 * or, for a desk dossier not yet claimed, of the portal's claim page and the claim code to
 * type there.
 */
export async function renderReceiptSlip(data: ReceiptSlipData): Promise<Buffer> {
  const qr = await QRCode.toBuffer(data.claim?.url ?? data.trackingUrl, {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: 1,
    width: 240,
  });
  const pdf = new FormPdfWriter({
    size: 'A5',
    form: FORMS[FormName.Receipt],
    agencyName: data.agencyName,
    unit: ONE_STOP_DESK,
    dossierCode: data.dossierCode,
    issuedAt: data.receivedAt,
  });

  const claim = data.claim;
  pdf.besideImage(
    qr,
    64,
    (width) => {
      pdf.gap(0.4).text(`Mã hồ sơ: ${data.dossierCode}`, { bold: true, sizeDelta: 1, width });
      if (claim) {
        pdf
          .text(`Mã nhận hồ sơ: ${claim.code}`, { bold: true, sizeDelta: 1, width })
          .text('Đưa hồ sơ vào tài khoản dịch vụ công của ông/bà: nhập mã nhận hồ sơ tại', {
            sizeDelta: -1.5,
            width,
          })
          .text(claim.url, { sizeDelta: -1.5, width })
          .text('(mã chỉ dùng một lần; không đưa mã cho người khác)', { sizeDelta: -1.5, width });
      }
      pdf
        .gap(0.2)
        .text('Tra cứu tình trạng hồ sơ tại:', { sizeDelta: -1.5, width })
        .text(data.trackingUrl, { sizeDelta: -1.5, width });
    },
    claim ? 'Quét để nhận hồ sơ' : 'Quét để tra cứu',
  );

  pdf
    .field('Tiếp nhận hồ sơ của', data.applicantName)
    .field('Địa chỉ', data.applicantAddress)
    .field('Số điện thoại', data.applicantPhone)
    .field('Email', data.applicantEmail)
    .field('Nội dung yêu cầu giải quyết', data.procedureName)
    .field('Nơi tiếp nhận hồ sơ', data.receivedElsewhere?.place ?? null)
    .field('Cơ quan có thẩm quyền giải quyết', data.receivedElsewhere?.competentAgencyName ?? null)
    .paragraph('Thành phần hồ sơ nộp gồm:')
    .numbered(
      data.documents.map((d) =>
        d.fileNames.length ? `${d.name} (tệp: ${d.fileNames.join(', ')})` : d.name,
      ),
    )
    .field('Số lượng hồ sơ', '01 (bộ)')
    .field(
      'Thời gian giải quyết hồ sơ theo quy định',
      data.processingDays === null ? null : `${data.processingDays} ngày làm việc`,
    )
    .field('Thời gian nhận hồ sơ', vietnameseDateTime(data.receivedAt))
    .line(
      'Hẹn trả kết quả vào ngày ',
      data.appointmentDate
        ? { bold: vietnameseDate(data.appointmentDate) }
        : { bold: '(sẽ thông báo sau)' },
    )
    .field('Đăng ký nhận kết quả', DELIVERY_LABELS[data.deliveryMethod])
    .field('Địa chỉ nhận kết quả', data.deliveryMethod === 'POSTAL' ? data.deliveryAddress : null)
    .signatures([
      { title: 'Người nộp hồ sơ', name: data.applicantName },
      { title: 'Người tiếp nhận hồ sơ', name: data.receivedBy },
    ]);
  return pdf.finish();
}
