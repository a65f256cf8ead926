import type { FormField } from '../../forms';
import type { JourneyProcedure } from './filing-journey';
import { journeySteps, nextStep, resumeStep, stepPath } from './filing-journey';

const text = (key: string, required = true): FormField => ({
  key,
  label: key,
  type: 'text',
  required,
});

const procedure: JourneyProcedure = {
  code: '1.000001',
  fields: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((key) => text(key, key !== 'g')),
  requiredDocuments: [
    { code: 'TK01', name: 'Tờ khai', required: true },
    { code: 'GT02', name: 'Giấy tờ khác', required: false },
  ],
};

describe('the filing journey', () => {
  it('runs through the form in short steps, then documents, delivery and the check', () => {
    expect(journeySteps(procedure).map((step) => step.slug)).toEqual([
      'thong-tin-1',
      'thong-tin-2',
      'giay-to',
      'nhan-ket-qua',
      'kiem-tra',
    ]);
    const steps = journeySteps(procedure);
    expect(nextStep(steps, 'thong-tin-2')?.slug).toBe('giay-to');
    expect(nextStep(steps, 'kiem-tra')).toBeUndefined();
  });

  it('goes straight to the documents for a procedure without questions', () => {
    const steps = journeySteps({ ...procedure, fields: [] });
    expect(steps[0].slug).toBe('giay-to');
  });

  it('builds a step’s address from the procedure code and the draft id', () => {
    expect(stepPath('1.000001', 'abc', 'giay-to')).toBe('/nop-ho-so/1.000001/abc/giay-to');
  });

  describe('resuming a draft', () => {
    const draft = (formData: Record<string, unknown>, attachments: string[] = []) => ({
      id: 'd',
      formData,
      attachments: attachments.map((documentCode) => ({ documentCode })),
    });
    const all = { a: '1', b: '1', c: '1', d: '1', e: '1', f: '1' };

    it('returns to the step this browser last showed', () => {
      expect(resumeStep(procedure, draft({}), 'nhan-ket-qua').slug).toBe('nhan-ket-qua');
    });

    it('otherwise returns to the first step with a required answer missing', () => {
      expect(resumeStep(procedure, draft({}), undefined).slug).toBe('thong-tin-1');
      expect(resumeStep(procedure, draft({ a: '1', b: '1', c: '1', d: '1', e: '1' })).slug).toBe(
        'thong-tin-2',
      );
      expect(resumeStep(procedure, draft({}), 'no-such-step').slug).toBe('thong-tin-1');
    });

    it('then to the documents while a required one is missing, then to the check', () => {
      expect(resumeStep(procedure, draft(all)).slug).toBe('giay-to');
      expect(resumeStep(procedure, draft(all, ['TK01'])).slug).toBe('kiem-tra');
    });
  });
});
