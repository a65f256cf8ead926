import { vietnamDate } from '@motcua/domain';

/**
 * The steps of a dossier a citizen is told about by e-mail (each subject names the dossier code). Each has one
 * pure template below; `renderNotification` picks it by `event`.
 */
export enum NotificationEvent {
  Submitted = 'submitted',
  Received = 'received',
  SupplementRequired = 'supplement-required',
  Rejected = 'rejected',
  ResultReady = 'result-ready',
  HandedToPost = 'handed-to-post',
  Delivered = 'delivered',
  Extended = 'extended',
}

/** How the result reaches the citizen: handed over at the desk, or sent by post. */
export type DeliveryMethod = 'COUNTER' | 'POSTAL';

/** A calendar date `YYYY-MM-DD` (read as is) or an instant (read in Asia/Ho_Chi_Minh). */
export type DateInput = string | Date;

export interface NotificationInput {
  event: NotificationEvent;
  dossierCode: string;
  procedureName: string;
  applicantName: string;
  trackingUrl: string;
  /** `received` (required); `extended` (optional: the date that was missed). */
  appointmentDate?: DateInput;
  /**
   * `received`: false when the receipt (Mẫu 01) could not be attached; the letter then says
   * where to get it instead of announcing the attachment. Attached unless said otherwise.
   */
  receiptAttached?: boolean;
  /** `supplement-required`, `rejected`, `extended` (the apology letter): required. */
  reason?: string;
  /** `supplement-required`: names of the documents to add. */
  documents?: string[];
  /** `handed-to-post` (required), `delivered` (optional). */
  trackingNumber?: string;
  /** `result-ready`: how the result is collected; counter when absent. */
  deliveryMethod?: DeliveryMethod;
  /** `extended`: required. */
  newAppointmentDate?: DateInput;
  /**
   * `received`, for a dossier entered at the desk and not yet claimed: its one-time claim code
   * and the portal page where it is typed (the code is never part of the link).
   */
  claim?: { code: string; url: string };
}

export interface RenderedNotification {
  subject: string;
  text: string;
  html: string;
}

/** Thrown when an event's template lacks a field it needs (a bug in the caller). */
export class NotificationInputError extends Error {
  constructor(event: NotificationEvent, field: string) {
    super(`Notification "${event}" needs "${field}"`);
    this.name = 'NotificationInputError';
  }
}

// ---------------------------------------------------------------------------------------
// Formatting helpers

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML element body or a double- or single-quoted attribute. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

/** `dd/MM/yyyy`. A `YYYY-MM-DD` string is a calendar date; anything else an instant in Vietnam. */
export function formatVietnameseDate(value: DateInput): string {
  let isoDate: string;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    isoDate = value;
  } else {
    const instant = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
    isoDate = vietnamDate(instant);
  }
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

/** One line, so nothing interpolated can break the header the subject goes into. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** A piece of a paragraph: plain text, emphasised text, or a link. */
type Inline = string | { strong: string } | { link: string };
/** A paragraph, or a bulleted list of plain items. */
type Block = Inline[] | { list: string[] };

interface Letter {
  subject: string;
  blocks: Block[];
}

const SIGNATURE = 'Bộ phận Tiếp nhận và Trả kết quả';
const AUTOMATED_NOTICE =
  'Đây là thư được gửi tự động từ Hệ thống thông tin giải quyết thủ tục hành chính, ' +
  'vui lòng không trả lời thư này.';

function isSafeUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

function inlineText(inline: Inline): string {
  if (typeof inline === 'string') return inline;
  if ('strong' in inline) return inline.strong;
  return inline.link;
}

function inlineHtml(inline: Inline): string {
  if (typeof inline === 'string') return escapeHtml(inline).replace(/\r?\n/g, '<br>');
  if ('strong' in inline) return `<strong>${escapeHtml(inline.strong)}</strong>`;
  const url = escapeHtml(inline.link);
  // anything but http(s) (javascript:, data:) is shown, never made clickable
  return isSafeUrl(inline.link) ? `<a href="${url}">${url}</a>` : url;
}

function render(input: { applicantName: string }, letter: Letter): RenderedNotification {
  const greeting = `Kính gửi ông/bà ${input.applicantName},`;
  const closing = ['Trân trọng,', SIGNATURE];

  const textBlocks = letter.blocks.map((block) =>
    'list' in block
      ? block.list.map((item) => `  - ${item}`).join('\n')
      : block.map(inlineText).join(''),
  );
  const text = [greeting, ...textBlocks, closing.join('\n'), '---', AUTOMATED_NOTICE].join('\n\n');

  const htmlBlocks = letter.blocks.map((block) =>
    'list' in block
      ? `<ul>${block.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
      : `<p>${block.map(inlineHtml).join('')}</p>`,
  );
  const subject = oneLine(letter.subject);
  const html =
    '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">' +
    `<title>${escapeHtml(subject)}</title></head>` +
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222">' +
    `<p>${escapeHtml(greeting)}</p>` +
    htmlBlocks.join('') +
    `<p>${closing.map(escapeHtml).join('<br>')}</p>` +
    `<hr><p style="font-size:12px;color:#666">${escapeHtml(AUTOMATED_NOTICE)}</p>` +
    '</body></html>';

  return { subject, text, html };
}

function required<K extends keyof NotificationInput>(
  input: NotificationInput,
  field: K,
): NonNullable<NotificationInput[K]> {
  const value = input[field];
  if (value === undefined || value === null || (typeof value === 'string' && !value.trim())) {
    throw new NotificationInputError(input.event, field);
  }
  return value as NonNullable<NotificationInput[K]>;
}

/** `hồ sơ <thủ tục> (mã hồ sơ <code>)`, the phrase every letter names the dossier with. */
function dossierPhrase(input: NotificationInput): Inline[] {
  return [`hồ sơ "${input.procedureName}" (mã hồ sơ `, { strong: input.dossierCode }, ')'];
}

function trackingBlock(input: NotificationInput): Block {
  return ['Ông/bà có thể tra cứu tình trạng giải quyết hồ sơ tại: ', { link: input.trackingUrl }];
}

// ---------------------------------------------------------------------------------------
// One template per event

export function renderSubmitted(input: NotificationInput): RenderedNotification {
  return render(input, {
    subject: `[${input.dossierCode}] Hồ sơ đã được nộp thành công`,
    blocks: [
      [
        `Hồ sơ "${input.procedureName}" của ông/bà đã được nộp trực tuyến thành công `,
        'và đang chờ cơ quan có thẩm quyền tiếp nhận.',
      ],
      ['Mã hồ sơ: ', { strong: input.dossierCode }],
      [
        'Ông/bà vui lòng lưu lại mã hồ sơ để tra cứu tình trạng giải quyết tại: ',
        { link: input.trackingUrl },
      ],
    ],
  });
}

export function renderReceived(input: NotificationInput): RenderedNotification {
  const appointment = formatVietnameseDate(required(input, 'appointmentDate'));
  return render(input, {
    subject: `[${input.dossierCode}] Hồ sơ đã được tiếp nhận, hẹn trả kết quả ngày ${appointment}`,
    blocks: [
      ['Cơ quan có thẩm quyền đã tiếp nhận ', ...dossierPhrase(input), ' của ông/bà.'],
      ['Ngày hẹn trả kết quả: ', { strong: appointment }, '.'],
      input.receiptAttached === false
        ? [
            'Giấy tiếp nhận hồ sơ và hẹn trả kết quả chưa đính kèm được vào thư này; ',
            'ông/bà có thể tải giấy này khi đăng nhập và xem hồ sơ, ',
            'hoặc nhận tại Bộ phận Tiếp nhận và Trả kết quả.',
          ]
        : [
            'Giấy tiếp nhận hồ sơ và hẹn trả kết quả được đính kèm thư này (tệp PDF). ',
            'Ông/bà vui lòng lưu giữ giấy này để nhận kết quả.',
          ],
      ...(input.claim ? [claimBlock(input.claim)] : []),
      trackingBlock(input),
    ],
  });
}

function claimBlock(claim: { code: string; url: string }): Block {
  return [
    'Để theo dõi hồ sơ trong tài khoản dịch vụ công của mình, ông/bà đăng nhập rồi nhập mã nhận hồ sơ ',
    { strong: claim.code },
    ' tại: ',
    { link: claim.url },
    ' (mã chỉ dùng một lần; không cung cấp mã này cho người khác).',
  ];
}

export function renderSupplementRequired(input: NotificationInput): RenderedNotification {
  const reason = required(input, 'reason');
  const documents = (input.documents ?? []).filter((name) => name.trim());
  const blocks: Block[] = [
    [
      'Qua xem xét, ',
      ...dossierPhrase(input),
      ' của ông/bà cần được bổ sung, hoàn thiện để tiếp tục giải quyết.',
    ],
    [`Lý do: ${reason}`],
  ];
  if (documents.length) blocks.push(['Giấy tờ cần bổ sung:'], { list: documents });
  blocks.push(
    [
      'Ông/bà vui lòng bổ sung hồ sơ trực tuyến tại: ',
      { link: input.trackingUrl },
      ' hoặc nộp trực tiếp tại Bộ phận Tiếp nhận và Trả kết quả.',
    ],
    ['Chúng tôi xin lỗi ông/bà vì sự phiền hà này.'],
  );
  return render(input, {
    subject: `[${input.dossierCode}] Yêu cầu bổ sung, hoàn thiện hồ sơ`,
    blocks,
  });
}

export function renderRejected(input: NotificationInput): RenderedNotification {
  const reason = required(input, 'reason');
  return render(input, {
    subject: `[${input.dossierCode}] Thông báo từ chối tiếp nhận hồ sơ`,
    blocks: [
      [
        'Chúng tôi rất tiếc phải thông báo: ',
        ...dossierPhrase(input),
        ' của ông/bà không được tiếp nhận giải quyết.',
      ],
      [`Lý do: ${reason}`],
      [
        'Nếu cần hướng dẫn thêm, ông/bà vui lòng liên hệ Bộ phận Tiếp nhận và Trả kết quả ',
        'hoặc tra cứu hồ sơ tại: ',
        { link: input.trackingUrl },
      ],
    ],
  });
}

export function renderResultReady(input: NotificationInput): RenderedNotification {
  const collect: Block =
    input.deliveryMethod === 'POSTAL'
      ? [
          'Theo đăng ký của ông/bà, kết quả sẽ được gửi qua dịch vụ bưu chính công ích ',
          'đến địa chỉ đã đăng ký. Chúng tôi sẽ thông báo mã vận đơn khi bàn giao kết quả ',
          'cho đơn vị bưu chính.',
        ]
      : [
          'Ông/bà vui lòng đến Bộ phận Tiếp nhận và Trả kết quả để nhận kết quả, ',
          'mang theo Căn cước công dân và Giấy tiếp nhận hồ sơ và hẹn trả kết quả.',
        ];
  return render(input, {
    subject: `[${input.dossierCode}] Hồ sơ đã có kết quả giải quyết`,
    blocks: [
      [...dossierPhrase(input).map(capitalizeFirst), ' của ông/bà đã có kết quả giải quyết.'],
      collect,
      trackingBlock(input),
    ],
  });
}

export function renderHandedToPost(input: NotificationInput): RenderedNotification {
  const trackingNumber = oneLine(required(input, 'trackingNumber'));
  return render(input, {
    subject: `[${input.dossierCode}] Kết quả đã được gửi qua bưu chính, mã vận đơn ${trackingNumber}`,
    blocks: [
      [
        'Kết quả giải quyết ',
        ...dossierPhrase(input),
        ' đã được bàn giao cho đơn vị bưu chính để chuyển phát đến ông/bà.',
      ],
      ['Mã vận đơn: ', { strong: trackingNumber }],
      ['Ông/bà vui lòng giữ liên lạc qua điện thoại để nhân viên bưu chính giao kết quả.'],
      trackingBlock(input),
    ],
  });
}

export function renderDelivered(input: NotificationInput): RenderedNotification {
  const blocks: Block[] = [
    ['Kết quả giải quyết ', ...dossierPhrase(input), ' đã được giao thành công đến ông/bà.'],
  ];
  if (input.trackingNumber?.trim()) {
    blocks.push(['Mã vận đơn: ', { strong: oneLine(input.trackingNumber) }]);
  }
  blocks.push(['Cảm ơn ông/bà đã sử dụng dịch vụ công trực tuyến.']);
  return render(input, {
    subject: `[${input.dossierCode}] Kết quả hồ sơ đã được giao thành công`,
    blocks,
  });
}

export function renderExtended(input: NotificationInput): RenderedNotification {
  const apology = required(input, 'reason');
  const newDate = formatVietnameseDate(required(input, 'newAppointmentDate'));
  const missed = input.appointmentDate
    ? ` vào ngày ${formatVietnameseDate(input.appointmentDate)} như đã hẹn`
    : ' đúng hẹn';
  return render(input, {
    subject: `[${input.dossierCode}] Thư xin lỗi và hẹn lại ngày trả kết quả (${newDate})`,
    blocks: [
      [
        'Chúng tôi thành thật xin lỗi ông/bà vì ',
        ...dossierPhrase(input),
        ` chưa thể trả kết quả${missed}.`,
      ],
      [apology],
      ['Ngày hẹn trả kết quả mới: ', { strong: newDate }, '.'],
      ['Mong ông/bà thông cảm.'],
      trackingBlock(input),
    ],
  });
}

function capitalizeFirst(inline: Inline, index: number): Inline {
  if (index !== 0 || typeof inline !== 'string') return inline;
  return inline.charAt(0).toLocaleUpperCase('vi') + inline.slice(1);
}

const TEMPLATES: Record<NotificationEvent, (input: NotificationInput) => RenderedNotification> = {
  [NotificationEvent.Submitted]: renderSubmitted,
  [NotificationEvent.Received]: renderReceived,
  [NotificationEvent.SupplementRequired]: renderSupplementRequired,
  [NotificationEvent.Rejected]: renderRejected,
  [NotificationEvent.ResultReady]: renderResultReady,
  [NotificationEvent.HandedToPost]: renderHandedToPost,
  [NotificationEvent.Delivered]: renderDelivered,
  [NotificationEvent.Extended]: renderExtended,
};

/** The letter for `input.event`; throws `NotificationInputError` if a needed field is missing. */
export function renderNotification(input: NotificationInput): RenderedNotification {
  const template = TEMPLATES[input.event];
  if (!template) throw new RangeError(`Unknown notification event: ${String(input.event)}`);
  return template(input);
}

// ---------------------------------------------------------------------------------------
// Account letters (not about a dossier)

export interface PasswordResetInput {
  fullName: string;
  /** The portal's reset page with the one-time token. */
  resetUrl: string;
  /** How long the link works. */
  validMinutes: number;
}

/** The password reset link; the letter says what to do if the person did not ask for it. */
export function renderPasswordReset(input: PasswordResetInput): RenderedNotification {
  return render(
    { applicantName: input.fullName },
    {
      subject: 'Đặt lại mật khẩu tài khoản Dịch vụ công',
      blocks: [
        [
          'Chúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản của ông/bà. ',
          'Để đặt mật khẩu mới, ông/bà vui lòng mở đường dẫn sau:',
        ],
        [{ link: input.resetUrl }],
        [
          `Đường dẫn chỉ dùng được một lần và hết hiệu lực sau ${input.validMinutes} phút. `,
          'Sau khi đặt lại mật khẩu, các phiên đăng nhập cũ sẽ bị đăng xuất.',
        ],
        [
          'Nếu ông/bà không yêu cầu đặt lại mật khẩu, vui lòng bỏ qua thư này: ',
          'mật khẩu hiện tại vẫn giữ nguyên.',
        ],
      ],
    },
  );
}

/** The SMS form of the reset link: short, the link and its lifetime. */
export function passwordResetSms(input: PasswordResetInput): string {
  return (
    `Đặt lại mật khẩu Dịch vụ công: ${input.resetUrl} (hiệu lực ${input.validMinutes} phút, ` +
    'dùng một lần). Bỏ qua tin này nếu ông/bà không yêu cầu.'
  );
}

export interface InvitationInput {
  fullName: string;
  /** The console's page setting the first password, with the one-time token. */
  invitationUrl: string;
  /** The agency the official joins. */
  agencyName: string;
  /** How long the link works. */
  validHours: number;
}

/** An official's invitation: the link setting their first password, and its lifetime. */
export function renderInvitation(input: InvitationInput): RenderedNotification {
  return render(
    { applicantName: input.fullName },
    {
      subject: 'Mời kích hoạt tài khoản cán bộ Một cửa điện tử',
      blocks: [
        [
          `Ông/bà được mời sử dụng hệ thống Một cửa điện tử với tư cách cán bộ của ${input.agencyName}. `,
          'Để kích hoạt tài khoản và đặt mật khẩu, ông/bà vui lòng mở đường dẫn sau:',
        ],
        [{ link: input.invitationUrl }],
        [
          `Đường dẫn chỉ dùng được một lần và hết hiệu lực sau ${input.validHours} giờ. `,
          'Sau đó ông/bà đăng nhập bằng địa chỉ email này và mật khẩu vừa đặt.',
        ],
        [
          'Nếu ông/bà không chờ đợi thư mời này, vui lòng bỏ qua thư và báo cho quản trị viên ',
          'của cơ quan.',
        ],
      ],
    },
  );
}
