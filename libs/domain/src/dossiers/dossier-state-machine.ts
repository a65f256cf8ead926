import { Role } from '../users/role';
import { DossierStatus } from './dossier-status';

/** Everything a person can do to a dossier (the action table, `docs/api.md`). */
export enum DossierAction {
  Submit = 'submit',
  Receive = 'receive',
  Reject = 'reject',
  RequestSupplement = 'request-supplement',
  Supplement = 'supplement',
  Withdraw = 'withdraw',
  Assign = 'assign',
  Propose = 'propose',
  SendBack = 'send-back',
  Approve = 'approve',
  Extend = 'extend',
  Return = 'return',
}

/** Who may act: a role of the dossier's agency, the citizen who owns it, or its assignee. */
export type Actor = Role | 'OWNER' | 'ASSIGNEE';

/** Body properties an action cannot do without (400 when missing). */
export type RequiredInput = 'reason' | 'assigneeId' | 'outcome' | 'summary' | 'newAppointmentDate';

export interface TransitionRule {
  who: readonly Actor[];
  from: readonly DossierStatus[];
  /** `null`: the status stays as it is (extend). */
  to: DossierStatus | null;
  requires: readonly RequiredInput[];
  /** For the OpenAPI description. */
  summary: string;
}

const S = DossierStatus;

/**
 * The one table that drives both enforcement and the API description. Officials act only on
 * dossiers of their own agency; owners only on their own (checked before this table).
 */
export const DOSSIER_TRANSITIONS: Readonly<Record<DossierAction, TransitionRule>> = {
  [DossierAction.Submit]: {
    who: ['OWNER'],
    from: [S.Draft],
    to: S.Submitted,
    requires: [],
    summary: 'The citizen submits a draft; it gets its code.',
  },
  [DossierAction.Receive]: {
    who: [Role.Reception],
    from: [S.Submitted],
    to: S.Received,
    requires: [],
    summary: 'The desk accepts it: sets receivedAt and appointmentDate (working days).',
  },
  [DossierAction.Reject]: {
    who: [Role.Reception],
    from: [S.Submitted],
    to: S.Rejected,
    requires: ['reason'],
    summary: 'The desk refuses it, with the reason (Mẫu 03).',
  },
  [DossierAction.RequestSupplement]: {
    who: [Role.Reception, Role.Specialist],
    from: [S.Submitted, S.Processing],
    to: S.SupplementRequired,
    requires: ['reason'],
    summary:
      'Asks the citizen, once and in writing, for what is missing (Mẫu 02); stops the clock.',
  },
  [DossierAction.Supplement]: {
    who: ['OWNER'],
    from: [S.SupplementRequired],
    to: S.Submitted,
    requires: [],
    summary: 'The citizen adds what was asked; a paused appointment date moves forward.',
  },
  [DossierAction.Withdraw]: {
    who: ['OWNER'],
    from: [S.Submitted, S.SupplementRequired, S.Received],
    to: S.Withdrawn,
    requires: [],
    summary: 'The citizen withdraws the dossier.',
  },
  [DossierAction.Assign]: {
    who: [Role.Reception, Role.Leader],
    from: [S.Received],
    to: S.Processing,
    requires: ['assigneeId'],
    summary: 'Hands it to a specialist of the agency.',
  },
  [DossierAction.Propose]: {
    who: ['ASSIGNEE'],
    from: [S.Processing],
    to: S.AwaitingApproval,
    requires: ['outcome', 'summary'],
    summary: 'The assigned specialist proposes the outcome.',
  },
  [DossierAction.SendBack]: {
    who: [Role.Leader],
    from: [S.AwaitingApproval],
    to: S.Processing,
    requires: ['reason'],
    summary: 'The leader sends the proposal back.',
  },
  [DossierAction.Approve]: {
    who: [Role.Leader],
    from: [S.AwaitingApproval],
    to: S.ResultReady,
    requires: [],
    summary: 'The leader approves; the result is ready to return.',
  },
  [DossierAction.Extend]: {
    who: [Role.Leader],
    from: [S.Received, S.Processing, S.AwaitingApproval],
    to: null,
    requires: ['newAppointmentDate', 'reason'],
    summary: 'Reschedules once, to a later working day, with an apology (Mẫu 04).',
  },
  [DossierAction.Return]: {
    who: [Role.Reception],
    from: [S.ResultReady],
    to: S.Returned,
    requires: [],
    summary: 'The desk hands the result over at the counter.',
  },
};

/** How the caller stands to the dossier; visibility (404) has been settled before. */
export interface ActingParty {
  roles: readonly Role[];
  isOwner: boolean;
  isAssignee: boolean;
}

export type TransitionDecision =
  | { kind: 'allowed'; to: DossierStatus | null }
  | { kind: 'forbidden' }
  | { kind: 'invalid-transition' }
  | { kind: 'missing-input'; missing: RequiredInput[] };

/**
 * Whether `party` may do `action` to a dossier in `status` with `input`. Checked in the
 * order the API answers: role (403), then status (409), then the body (400).
 */
export function decideTransition(
  action: DossierAction,
  status: DossierStatus,
  party: ActingParty,
  input: Partial<Record<RequiredInput, unknown>> = {},
): TransitionDecision {
  const rule = DOSSIER_TRANSITIONS[action];
  if (!rule.who.some((actor) => mayActAs(actor, party))) return { kind: 'forbidden' };
  if (!rule.from.includes(status)) return { kind: 'invalid-transition' };
  const missing = rule.requires.filter((key) => isBlank(input[key]));
  if (missing.length > 0) return { kind: 'missing-input', missing };
  return { kind: 'allowed', to: rule.to };
}

function mayActAs(actor: Actor, party: ActingParty): boolean {
  if (actor === 'OWNER') return party.isOwner;
  if (actor === 'ASSIGNEE') return party.isAssignee && party.roles.includes(Role.Specialist);
  return party.roles.includes(actor);
}

function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

export function isDossierAction(value: string): value is DossierAction {
  return (Object.values(DossierAction) as string[]).includes(value);
}
