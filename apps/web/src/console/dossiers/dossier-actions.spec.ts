import { availableActions, isOfficialAction } from './dossier-actions';

describe('the actions an official is offered on a dossier', () => {
  const desk = { id: 'desk', roles: ['RECEPTION'] };
  const leader = { id: 'leader', roles: ['LEADER'] };
  const specialist = { id: 'spec', roles: ['SPECIALIST'] };

  it('offers each role what the state machine allows it in the status', () => {
    expect(availableActions({ status: 'SUBMITTED' }, desk)).toEqual([
      'receive',
      'request-supplement',
      'reject',
    ]);
    expect(availableActions({ status: 'RECEIVED' }, desk)).toEqual(['assign']);
    expect(availableActions({ status: 'RECEIVED' }, leader)).toEqual(['assign', 'extend']);
    expect(availableActions({ status: 'AWAITING_APPROVAL' }, leader)).toEqual([
      'send-back',
      'approve',
      'extend',
    ]);
    expect(availableActions({ status: 'RESULT_READY' }, desk)).toEqual(['return']);
    expect(availableActions({ status: 'RETURNED' }, leader)).toEqual([]);
  });

  it('lets only the assigned specialist propose', () => {
    const dossier = { status: 'PROCESSING', assignee: { id: 'spec' } };
    expect(availableActions(dossier, specialist)).toEqual(['request-supplement', 'propose']);
    expect(availableActions(dossier, { id: 'other', roles: ['SPECIALIST'] })).toEqual([
      'request-supplement',
    ]);
  });

  it('offers the extension once only', () => {
    const dossier = { status: 'PROCESSING', extension: { newAppointmentDate: '2026-12-31' } };
    expect(availableActions(dossier, leader)).toEqual([]);
  });

  it("never takes the owner's actions for an official's", () => {
    expect(isOfficialAction('receive')).toBe(true);
    expect(isOfficialAction('withdraw')).toBe(false);
    expect(isOfficialAction('supplement')).toBe(false);
    expect(isOfficialAction('toString')).toBe(false);
  });
});
