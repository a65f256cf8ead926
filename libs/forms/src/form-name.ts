/** The printable forms of Circular 01/2018/TT-VPCP that a dossier can have (Mẫu 01–05). */
export enum FormName {
  Receipt = 'receipt',
  SupplementRequest = 'supplement-request',
  Refusal = 'refusal',
  Apology = 'apology',
  ControlSheet = 'control-sheet',
}

/** The one-stop desk (Bộ phận tiếp nhận và trả kết quả) that issues the slips. */
export const ONE_STOP_DESK = 'Bộ phận tiếp nhận và trả kết quả';

export const FORM_FILE_NAMES: readonly string[] = Object.values(FormName).map(
  (name) => `${name}.pdf`,
);

export interface FormDefinition {
  /** "Mẫu số 0x" of the Circular's appendix. */
  number: string;
  /** The title as the Circular writes it (sentence case; printed in capitals). */
  title: string;
}

export const FORMS: Record<FormName, FormDefinition> = {
  [FormName.Receipt]: { number: '01', title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả' },
  [FormName.SupplementRequest]: {
    number: '02',
    title: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
  },
  [FormName.Refusal]: { number: '03', title: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ' },
  [FormName.Apology]: { number: '04', title: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả' },
  [FormName.ControlSheet]: {
    number: '05',
    title: 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
  },
};

/** `receipt.pdf` → `FormName.Receipt`; null for anything that is not one of our forms. */
export function parseFormFileName(file: string): FormName | null {
  const match = /^([a-z-]+)\.pdf$/.exec(file);
  const name = match?.[1];
  return name && (Object.values(FormName) as string[]).includes(name) ? (name as FormName) : null;
}
