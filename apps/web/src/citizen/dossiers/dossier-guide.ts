/**
 * What a dossier's page tells the citizen, from the dossier alone: the one thing to do next,
 * the printable forms that exist at its step, and the history in words.
 */
export type DossierStatus =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'SUPPLEMENT_REQUIRED'
  | 'RECEIVED'
  | 'PROCESSING'
  | 'AWAITING_APPROVAL'
  | 'RESULT_READY'
  | 'DELIVERING'
  | 'RETURNED'
  | 'REJECTED'
  | 'WITHDRAWN';

export interface GuidedDossier {
  status: DossierStatus;
  deliveryMethod: 'COUNTER' | 'POSTAL';
  receivedAt: string | null;
  supplementRequest?: unknown;
  rejection?: unknown;
  extension?: unknown;
  delivery?: { status: string; trackingNumber: string | null } | null;
}

export type NextThing =
  | { kind: 'resume-draft'; text: string }
  | { kind: 'supplement'; text: string }
  | { kind: 'collect'; text: string }
  | { kind: 'wait'; text: string }
  | { kind: 'none'; text: string };

/** The one thing the citizen must do now, if any, in plain words. */
export function nextThing(dossier: GuidedDossier): NextThing {
  switch (dossier.status) {
    case 'DRAFT':
      return { kind: 'resume-draft', text: 'Hồ sơ chưa được nộp. Hãy hoàn thành và nộp hồ sơ.' };
    case 'SUPPLEMENT_REQUIRED':
      return {
        kind: 'supplement',
        text: 'Cơ quan yêu cầu bổ sung giấy tờ. Hãy tải lên các giấy tờ được yêu cầu và gửi bổ sung.',
      };
    case 'RESULT_READY':
      if (
        dossier.deliveryMethod === 'POSTAL' &&
        dossier.delivery?.status !== 'RETURNED_TO_SENDER'
      ) {
        return {
          kind: 'wait',
          text: 'Đã có kết quả. Bưu điện sẽ nhận kết quả và chuyển đến địa chỉ của bạn.',
        };
      }
      return {
        kind: 'collect',
        text: 'Đã có kết quả. Hãy mang giấy tờ tùy thân đến Bộ phận tiếp nhận và trả kết quả để nhận.',
      };
    case 'DELIVERING':
      return { kind: 'wait', text: 'Kết quả đang được bưu điện chuyển đến địa chỉ của bạn.' };
    case 'SUBMITTED':
      return {
        kind: 'wait',
        text: 'Bạn không cần làm gì. Cơ quan sẽ kiểm tra hồ sơ và báo cho bạn khi tiếp nhận.',
      };
    case 'RECEIVED':
    case 'PROCESSING':
    case 'AWAITING_APPROVAL':
      return {
        kind: 'wait',
        text: 'Bạn không cần làm gì. Hồ sơ đang được giải quyết; bạn sẽ được báo khi có kết quả.',
      };
    case 'RETURNED':
      return { kind: 'none', text: 'Bạn đã nhận kết quả. Hồ sơ đã hoàn thành.' };
    case 'REJECTED':
      return { kind: 'none', text: 'Hồ sơ bị từ chối tiếp nhận. Lý do ghi trong phiếu từ chối.' };
    case 'WITHDRAWN':
      return { kind: 'none', text: 'Bạn đã rút hồ sơ này.' };
  }
}

const WITHDRAWABLE: ReadonlySet<DossierStatus> = new Set([
  'SUBMITTED',
  'SUPPLEMENT_REQUIRED',
  'RECEIVED',
]);

export function canWithdraw(dossier: Pick<GuidedDossier, 'status'>): boolean {
  return WITHDRAWABLE.has(dossier.status);
}

export type PrintableForm = 'receipt' | 'supplement-request' | 'refusal' | 'apology';

export const PRINTABLE_FORM_TITLES: Record<PrintableForm, string> = {
  receipt: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)',
  'supplement-request': 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)',
  refusal: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)',
  apology: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)',
};

/** The forms the citizen can print at the dossier's step (the API answers 409 for the rest). */
export function printableForms(dossier: GuidedDossier): PrintableForm[] {
  const forms: PrintableForm[] = [];
  if (dossier.receivedAt) forms.push('receipt');
  if (dossier.supplementRequest) forms.push('supplement-request');
  if (dossier.rejection) forms.push('refusal');
  if (dossier.extension) forms.push('apology');
  return forms;
}

export function isPrintableForm(name: string): name is PrintableForm {
  return Object.hasOwn(PRINTABLE_FORM_TITLES, name);
}

const ACTION_WORDS: Record<string, string> = {
  create: 'Tạo bản nháp',
  submit: 'Nộp hồ sơ trực tuyến',
  intake: 'Nộp hồ sơ tại Bộ phận một cửa',
  receive: 'Cơ quan tiếp nhận hồ sơ',
  reject: 'Từ chối tiếp nhận',
  'request-supplement': 'Yêu cầu bổ sung giấy tờ',
  supplement: 'Bổ sung giấy tờ',
  withdraw: 'Rút hồ sơ',
  assign: 'Chuyển chuyên viên xử lý',
  propose: 'Chuyên viên trình kết quả',
  'send-back': 'Lãnh đạo trả lại để xử lý tiếp',
  approve: 'Lãnh đạo phê duyệt, đã có kết quả',
  extend: 'Hẹn lại ngày trả kết quả',
  return: 'Trả kết quả',
  dispatch: 'Giao kết quả cho bưu điện',
  deliver: 'Bưu điện đã giao kết quả',
  'return-to-sender': 'Bưu điện không giao được, trả kết quả về cơ quan',
  claim: 'Nhận hồ sơ vào tài khoản',
};

/** A history entry's action in words; the status it led to when the action is not known. */
export function actionInWords(action: string, toStatusLabel: string): string {
  return ACTION_WORDS[action] ?? toStatusLabel;
}
