import type { FormField } from './form-field';
import { groupIntoSteps } from './form-steps';
import { answerRows, displayAnswer } from './answer-list';
import { placeProblemErrors } from './problem-errors';

const q = (key: string, type: FormField['type'] = 'text'): FormField => ({
  key,
  label: key,
  type,
  required: true,
});

describe('groupIntoSteps', () => {
  it('keeps a short form in one step', () => {
    expect(groupIntoSteps([q('a'), q('b')]).map((s) => s.map((f) => f.key))).toEqual([['a', 'b']]);
  });

  it('splits a long form in order, a text box counting as two questions', () => {
    const fields = [q('a'), q('b'), q('c'), q('d', 'textarea'), q('e'), q('f'), q('g')];
    const steps = groupIntoSteps(fields, 5).map((s) => s.map((f) => f.key));
    expect(steps.flat()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(steps).toEqual([
      ['a', 'b', 'c', 'd'],
      ['e', 'f', 'g'],
    ]);
  });

  it('does not leave a single question alone at the end', () => {
    const steps = groupIntoSteps([q('a'), q('b'), q('c'), q('d'), q('e'), q('f')], 5);
    expect(steps.map((s) => s.map((f) => f.key))).toEqual([
      ['a', 'b', 'c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('has no step for a form without questions', () => {
    expect(groupIntoSteps([])).toEqual([]);
  });
});

describe('displayAnswer', () => {
  it('shows answers as people write them', () => {
    expect(displayAnswer(q('d', 'date'), '1990-03-27')).toBe('27/03/1990');
    expect(displayAnswer(q('n', 'number'), 1_500_000)).toBe('1.500.000');
    expect(displayAnswer(q('c', 'checkbox'), true)).toBe('Có');
    expect(displayAnswer(q('c', 'checkbox'), undefined)).toBe('Không');
    expect(displayAnswer(q('t'), undefined)).toBe('Chưa trả lời');
  });

  it('makes one row per question with a change link', () => {
    expect(answerRows([q('a')], { a: 'x' }, (f) => `/sua#${f.key}`)).toEqual([
      { label: 'a', value: 'x', changeHref: '/sua#a' },
    ]);
  });
});

describe('placeProblemErrors', () => {
  it('puts each API error beside its input and in the summary, in order', () => {
    const placed = placeProblemErrors(
      {
        code: 'VALIDATION_FAILED',
        detail: 'Dữ liệu không hợp lệ.',
        errors: [
          { field: 'formData.a', message: 'A sai.' },
          { field: 'attachments', message: 'Thiếu giấy tờ.' },
          { field: 'formData.a', message: 'A sai lần hai.' },
        ],
      },
      (path) => (path.startsWith('formData.') ? `f-${path.slice(9)}` : undefined),
    );
    expect([...placed.byTarget]).toEqual([['f-a', 'A sai.']]);
    expect(placed.summary).toEqual([
      { targetId: 'f-a', message: 'A sai.' },
      { targetId: undefined, message: 'Thiếu giấy tờ.' },
    ]);
  });

  it('falls back on the problem’s detail when it lists no field', () => {
    const placed = placeProblemErrors(
      { code: 'INVALID_TRANSITION', detail: 'Không được.' },
      () => 'x',
    );
    expect(placed.summary).toEqual([{ message: 'Không được.' }]);
  });
});
