import { DossierAction } from './dossier-state-machine';
import { PUBLIC_STEP_ACTIONS } from './public-steps';

describe('public tracking steps', () => {
  it('show the steps a citizen follows, including the postal ones', () => {
    expect([...PUBLIC_STEP_ACTIONS].sort()).toEqual(
      [
        'approve',
        'assign',
        'deliver',
        'dispatch',
        'extend',
        'receive',
        'reject',
        'request-supplement',
        'return',
        'return-to-sender',
        'submit',
        'supplement',
        'withdraw',
      ].sort(),
    );
  });

  it("keep the agency's internal steps and the account events out", () => {
    for (const action of [
      DossierAction.Propose,
      DossierAction.SendBack,
      'save-draft',
      'claim',
      'flag-attachments',
      'an-action-added-later',
    ]) {
      expect(PUBLIC_STEP_ACTIONS).not.toContain(action);
    }
  });
});
