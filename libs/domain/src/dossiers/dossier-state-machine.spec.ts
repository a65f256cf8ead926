import { Role } from '../users/role';
import { DossierStatus as S } from './dossier-status';
import type { RequiredInput } from './dossier-state-machine';
import { decideTransition, DossierAction as A, DOSSIER_TRANSITIONS } from './dossier-state-machine';

type Party = 'OWNER' | 'ASSIGNEE' | Role;
const PARTIES: Party[] = ['OWNER', 'ASSIGNEE', ...Object.values(Role)];

/** The published action table, written out independently of the implementation's table. */
const EXPECTED: Record<A, { who: Party[]; from: S[]; to: S | null }> = {
  [A.Submit]: { who: ['OWNER'], from: [S.Draft], to: S.Submitted },
  [A.Receive]: { who: [Role.Reception], from: [S.Submitted], to: S.Received },
  [A.Reject]: { who: [Role.Reception], from: [S.Submitted], to: S.Rejected },
  [A.RequestSupplement]: {
    who: [Role.Reception, Role.Specialist],
    from: [S.Submitted, S.Processing],
    to: S.SupplementRequired,
  },
  [A.Supplement]: { who: ['OWNER'], from: [S.SupplementRequired], to: S.Submitted },
  [A.Withdraw]: {
    who: ['OWNER'],
    from: [S.Submitted, S.SupplementRequired, S.Received],
    to: S.Withdrawn,
  },
  [A.Assign]: { who: [Role.Reception, Role.Leader], from: [S.Received], to: S.Processing },
  [A.Propose]: { who: ['ASSIGNEE'], from: [S.Processing], to: S.AwaitingApproval },
  [A.SendBack]: { who: [Role.Leader], from: [S.AwaitingApproval], to: S.Processing },
  [A.Approve]: { who: [Role.Leader], from: [S.AwaitingApproval], to: S.ResultReady },
  [A.Extend]: {
    who: [Role.Leader],
    from: [S.Received, S.Processing, S.AwaitingApproval],
    to: null,
  },
  [A.Return]: { who: [Role.Reception], from: [S.ResultReady], to: S.Returned },
};

const FULL_INPUT: Record<RequiredInput, string> = {
  reason: 'Thiếu bản sao giấy khai sinh',
  assigneeId: '7c1d2e5a-0000-4000-8000-000000000001',
  outcome: 'GRANTED',
  summary: 'Đủ điều kiện',
  newAppointmentDate: '2026-12-10',
};

function partyOf(party: Party) {
  if (party === 'OWNER') return { roles: [Role.Citizen], isOwner: true, isAssignee: false };
  // an assignee is a specialist holding the dossier
  if (party === 'ASSIGNEE') return { roles: [Role.Specialist], isOwner: false, isAssignee: true };
  return { roles: [party], isOwner: false, isAssignee: false };
}

describe('dossier state machine', () => {
  const cases = Object.values(A).flatMap((action) =>
    Object.values(S).flatMap((status) => PARTIES.map((party) => [action, status, party] as const)),
  );

  it.each(cases)('%s from %s by %s follows the action table', (action, status, party) => {
    const expected = EXPECTED[action];
    const decision = decideTransition(action, status, partyOf(party), FULL_INPUT);
    // the assignee is also a specialist, so specialist rights apply to them too
    const allowedParty =
      expected.who.includes(party) ||
      (party === 'ASSIGNEE' && expected.who.includes(Role.Specialist));
    if (!allowedParty) expect(decision).toEqual({ kind: 'forbidden' });
    else if (!expected.from.includes(status))
      expect(decision).toEqual({ kind: 'invalid-transition' });
    else expect(decision).toEqual({ kind: 'allowed', to: expected.to });
  });

  it('covers exactly the published actions', () => {
    expect(Object.keys(DOSSIER_TRANSITIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('asks for the reason, assignee, outcome and new date where the table needs them', () => {
    const leader = partyOf(Role.Leader);
    expect(decideTransition(A.Reject, S.Submitted, partyOf(Role.Reception), {})).toEqual({
      kind: 'missing-input',
      missing: ['reason'],
    });
    expect(
      decideTransition(A.Reject, S.Submitted, partyOf(Role.Reception), { reason: '   ' }),
    ).toEqual({
      kind: 'missing-input',
      missing: ['reason'],
    });
    expect(decideTransition(A.Assign, S.Received, leader, {})).toEqual({
      kind: 'missing-input',
      missing: ['assigneeId'],
    });
    expect(
      decideTransition(A.Propose, S.Processing, partyOf('ASSIGNEE'), { summary: 'x' }),
    ).toEqual({
      kind: 'missing-input',
      missing: ['outcome'],
    });
    expect(decideTransition(A.Extend, S.Processing, leader, { reason: 'Xin lỗi' })).toEqual({
      kind: 'missing-input',
      missing: ['newAppointmentDate'],
    });
  });

  it('answers a wrong role before a wrong status', () => {
    expect(decideTransition(A.Approve, S.Draft, partyOf(Role.Reception), FULL_INPUT)).toEqual({
      kind: 'forbidden',
    });
  });

  it('lets only the assignee propose, not any specialist', () => {
    expect(decideTransition(A.Propose, S.Processing, partyOf(Role.Specialist), FULL_INPUT)).toEqual(
      {
        kind: 'forbidden',
      },
    );
  });
});
