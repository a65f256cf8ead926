/**
 * The history entries anyone may see on the public tracking page, by action, with what the
 * page says for each. A whitelist: an action not named here (a draft saved, a claim, the
 * agency's internal proposal and send-back, the intake flag, any action added later) stays
 * out of public view until someone decides it belongs here. Only the action, its time and the
 * status it led to are shown, never who acted or the note (a reason can name a person).
 */
export const PUBLIC_STEP_LABELS = {
  submit: 'Đã nộp hồ sơ',
  receive: 'Cơ quan đã tiếp nhận hồ sơ',
  reject: 'Hồ sơ không được tiếp nhận',
  'request-supplement': 'Cơ quan yêu cầu bổ sung hồ sơ',
  supplement: 'Người nộp đã bổ sung hồ sơ',
  withdraw: 'Người nộp đã rút hồ sơ',
  assign: 'Hồ sơ được chuyển đến cán bộ xử lý',
  approve: 'Đã có kết quả',
  extend: 'Cơ quan hẹn lại ngày trả kết quả',
  return: 'Đã trả kết quả tại bộ phận một cửa',
  dispatch: 'Đã gửi kết quả qua bưu điện',
  deliver: 'Bưu điện đã giao kết quả',
  'return-to-sender': 'Bưu điện hoàn trả kết quả về cơ quan',
} as const;

export type PublicStepAction = keyof typeof PUBLIC_STEP_LABELS;

export const PUBLIC_STEP_ACTIONS = Object.keys(PUBLIC_STEP_LABELS) as PublicStepAction[];
