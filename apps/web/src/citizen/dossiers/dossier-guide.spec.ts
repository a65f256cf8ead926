import type { GuidedDossier } from './dossier-guide';
import { actionInWords, canWithdraw, nextThing, printableForms } from './dossier-guide';

const dossier = (overrides: Partial<GuidedDossier>): GuidedDossier => ({
  status: 'SUBMITTED',
  deliveryMethod: 'COUNTER',
  receivedAt: null,
  ...overrides,
});

describe('the dossier guide', () => {
  it('asks for the supplement when one is requested', () => {
    expect(nextThing(dossier({ status: 'SUPPLEMENT_REQUIRED' })).kind).toBe('supplement');
  });

  it('sends a counter result to the desk and tells a postal one to wait for the post', () => {
    expect(nextThing(dossier({ status: 'RESULT_READY' })).kind).toBe('collect');
    expect(nextThing(dossier({ status: 'RESULT_READY', deliveryMethod: 'POSTAL' })).kind).toBe(
      'wait',
    );
    const returned = dossier({
      status: 'RESULT_READY',
      deliveryMethod: 'POSTAL',
      delivery: { status: 'RETURNED_TO_SENDER', trackingNumber: 'EB1' },
    });
    expect(nextThing(returned).kind).toBe('collect');
  });

  it('asks nothing while the agency works', () => {
    for (const status of ['SUBMITTED', 'RECEIVED', 'PROCESSING', 'AWAITING_APPROVAL'] as const) {
      expect(nextThing(dossier({ status })).kind).toBe('wait');
    }
    expect(nextThing(dossier({ status: 'DRAFT' })).kind).toBe('resume-draft');
  });

  it('allows withdrawing only before processing starts', () => {
    expect(canWithdraw({ status: 'SUBMITTED' })).toBe(true);
    expect(canWithdraw({ status: 'SUPPLEMENT_REQUIRED' })).toBe(true);
    expect(canWithdraw({ status: 'RECEIVED' })).toBe(true);
    expect(canWithdraw({ status: 'PROCESSING' })).toBe(false);
    expect(canWithdraw({ status: 'DRAFT' })).toBe(false);
  });

  it('offers the printable forms the dossier has reached', () => {
    expect(printableForms(dossier({}))).toEqual([]);
    expect(
      printableForms(
        dossier({ receivedAt: '2026-12-01T02:00:00Z', supplementRequest: {}, extension: {} }),
      ),
    ).toEqual(['receipt', 'supplement-request', 'apology']);
    expect(printableForms(dossier({ status: 'REJECTED', rejection: {} }))).toEqual(['refusal']);
  });

  it('says each action in words, and the status reached for one it does not know', () => {
    expect(actionInWords('submit', 'Chờ tiếp nhận')).toBe('Nộp hồ sơ trực tuyến');
    expect(actionInWords('something-new', 'Đang xử lý')).toBe('Đang xử lý');
  });
});
