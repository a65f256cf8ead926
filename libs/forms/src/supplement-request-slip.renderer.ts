import type { SupplementRequestData } from './form-data';
import { FormName, FORMS, ONE_STOP_DESK } from './form-name';
import { FormPdfWriter } from './form-pdf.writer';
import { roleLabel, vietnameseDateTime } from './vietnamese-format';

/** Mẫu 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (A5): everything missing, listed once. */
export function renderSupplementRequestSlip(data: SupplementRequestData): Promise<Buffer> {
  const pdf = new FormPdfWriter({
    size: 'A5',
    form: FORMS[FormName.SupplementRequest],
    agencyName: data.agencyName,
    unit: ONE_STOP_DESK,
    dossierCode: data.dossierCode,
    issuedAt: data.requestedAt,
  });
  pdf
    .subtitle(`Mã hồ sơ: ${data.dossierCode}`)
    .field('Hồ sơ của', data.applicantName)
    .field('Số điện thoại', data.applicantPhone)
    .field('Email', data.applicantEmail)
    .field('Nội dung yêu cầu giải quyết', data.procedureName)
    .paragraph('Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:')
    .numbered(data.documents, '(xem lý do dưới đây)')
    .field('Lý do', data.reason)
    .field(
      'Người yêu cầu',
      `${data.requestedBy.name} (${roleLabel(data.requestedBy.role)}), lúc ${vietnameseDateTime(data.requestedAt)}`,
    )
    .paragraph(
      'Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ với Bộ phận tiếp nhận ' +
        'và trả kết quả để được hướng dẫn./.',
      { align: 'justify' },
    )
    .signatures([{ title: 'Người hướng dẫn', name: data.requestedBy.name }]);
  return pdf.finish();
}
