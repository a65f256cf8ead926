import type { DossierAction, DossierStatus } from '@motcua/domain';
import { decideTransition, type Role } from '@motcua/domain';

/** The actions an official takes on a dossier from the console (the owner's are the portal's). */
export const OFFICIAL_ACTIONS = [
  'receive',
  'request-supplement',
  'reject',
  'assign',
  'propose',
  'send-back',
  'approve',
  'extend',
  'return',
] as const satisfies readonly `${DossierAction}`[];
export type OfficialAction = (typeof OFFICIAL_ACTIONS)[number];

/** What each action is called on its button and in the confirmation that follows it. */
export const ACTION_TEXTS: Record<
  OfficialAction,
  { button: string; done: string; heading: string }
> = {
  receive: {
    heading: 'Tiếp nhận hồ sơ',
    button: 'Tiếp nhận hồ sơ',
    done: 'Đã tiếp nhận hồ sơ và hẹn ngày trả kết quả.',
  },
  'request-supplement': {
    heading: 'Yêu cầu bổ sung, hoàn thiện hồ sơ',
    button: 'Gửi yêu cầu bổ sung',
    done: 'Đã gửi yêu cầu bổ sung hồ sơ cho người nộp.',
  },
  reject: {
    heading: 'Từ chối tiếp nhận',
    button: 'Từ chối tiếp nhận hồ sơ',
    done: 'Đã từ chối tiếp nhận hồ sơ.',
  },
  assign: {
    heading: 'Chuyển chuyên viên xử lý',
    button: 'Chuyển xử lý',
    done: 'Đã chuyển hồ sơ cho chuyên viên xử lý.',
  },
  propose: {
    heading: 'Trình kết quả giải quyết',
    button: 'Trình lãnh đạo phê duyệt',
    done: 'Đã trình kết quả giải quyết để lãnh đạo phê duyệt.',
  },
  'send-back': {
    heading: 'Trả lại để xử lý tiếp',
    button: 'Trả lại chuyên viên',
    done: 'Đã trả hồ sơ lại cho chuyên viên xử lý tiếp.',
  },
  approve: {
    heading: 'Phê duyệt kết quả',
    button: 'Phê duyệt',
    done: 'Đã phê duyệt kết quả; hồ sơ chờ trả kết quả.',
  },
  extend: {
    heading: 'Hẹn lại ngày trả kết quả',
    button: 'Gia hạn và gửi thư xin lỗi',
    done: 'Đã hẹn lại ngày trả kết quả và gửi thư xin lỗi cho người nộp.',
  },
  return: {
    heading: 'Trả kết quả',
    button: 'Đã trả kết quả cho người nộp',
    done: 'Đã trả kết quả cho người nộp.',
  },
};

export function isOfficialAction(value: string): value is OfficialAction {
  return (OFFICIAL_ACTIONS as readonly string[]).includes(value);
}

/**
 * The actions the state machine lets this official take on the dossier now: their role (or
 * being its assignee) and its status, as the API decides them. An extension is allowed once.
 */
export function availableActions(
  dossier: { status: string; assignee?: { id: string } | null; extension?: unknown },
  official: { id: string; roles: readonly string[] },
): OfficialAction[] {
  const party = {
    roles: official.roles as readonly Role[],
    isOwner: false,
    isAssignee: dossier.assignee?.id === official.id,
  };
  return OFFICIAL_ACTIONS.filter((action) => {
    if (action === 'extend' && dossier.extension) return false;
    const decision = decideTransition(
      action as DossierAction,
      dossier.status as DossierStatus,
      party,
    );
    return decision.kind === 'allowed' || decision.kind === 'missing-input';
  });
}
