import QRCode from 'qrcode';
import { ReceiptSlipData } from './form-data';
import { FormName, FORMS, ONE_STOP_DESK } from './form-name';
import { FormPdfWriter } from './form-pdf.writer';
import { vietnameseDate, vietnameseDateTime } from './vietnamese-format';

const DELIVERY_LABELS: Record<ReceiptSlipData['deliveryMethod'], string> = {
  COUNTER: 'Tại Bộ phận tiếp nhận và trả kết quả (một cửa)',
  POSTAL: 'Qua dịch vụ bưu chính công ích',
};

/** Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả (A5), with a QR code of the tracking link. */
export async function renderReceiptSlip(data: ReceiptSlipData): Promise<Buffer> {
  const qr = await QRCode.toBuffer(data.trackingUrl, {
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

  pdf.besideImage(
    qr,
    64,
    (width) => {
      pdf
        .gap(0.4)
        .text(`Mã hồ sơ: ${data.dossierCode}`, { bold: true, sizeDelta: 1, width })
        .gap(0.2)
        .text('Tra cứu tình trạng hồ sơ tại:', { sizeDelta: -1.5, width })
        .text(data.trackingUrl, { sizeDelta: -1.5, width });
    },
    'Quét để tra cứu',
  );

  pdf
    .field('Tiếp nhận hồ sơ của', data.applicantName)
    .field('Địa chỉ', data.applicantAddress)
    .field('Số điện thoại', data.applicantPhone)
    .field('Email', data.applicantEmail)
    .field('Nội dung yêu cầu giải quyết', data.procedureName)
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
