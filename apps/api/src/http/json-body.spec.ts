import { isUnstorableText, jsonDepthExceeds, unstorableTextIn } from './json-body';
import { formatBytes } from './problem-details.filter';
import { buildProblem, MAX_PROBLEM_ERRORS } from './problem-details';
import { ErrorCode } from '@motcua/domain';

describe('JSON body checks', () => {
  const depth = (text: string, limit: number) => jsonDepthExceeds(Buffer.from(text), limit);

  it('measures nesting without parsing, ignoring brackets inside strings', () => {
    expect(depth('{"a":[1,{"b":2}]}', 3)).toBe(false);
    expect(depth('{"a":[1,{"b":[2]}]}', 3)).toBe(true);
    expect(depth('{"a":"[[[[[[[[{{{{"}', 1)).toBe(false);
    expect(depth('{"a":"\\"[[[["}', 1)).toBe(false);
    expect(depth('['.repeat(100_000), 32)).toBe(true);
  });

  it('finds NUL and lone surrogates, in values and keys, with their path', () => {
    expect(isUnstorableText('Nguyễn Văn An 😀')).toBe(false);
    expect(isUnstorableText('a\u0000')).toBe(true);
    expect(isUnstorableText('\ud800')).toBe(true);
    expect(isUnstorableText('\udc00x')).toBe(true);
    expect(unstorableTextIn({ a: [1, { b: 'ok' }] })).toBeNull();
    expect(unstorableTextIn({ a: [1, { b: 'x\u0000' }] })).toBe('a[1].b');
    expect(unstorableTextIn({ formData: { 'k\ud800': 1 } })).toBe('formData.k\ud800');
    expect(unstorableTextIn(['\u0000'])).toBe('[0]');
  });
});

describe('problem answers', () => {
  it('list at most 50 field errors and say how many more', () => {
    const errors = Array.from({ length: 1234 }, (_, i) => ({ field: `f${i}`, message: 'x' }));
    const problem = buildProblem(ErrorCode.ValidationFailed, 'Dữ liệu gửi lên không hợp lệ.', {
      errors,
    });
    expect(problem.errors).toHaveLength(MAX_PROBLEM_ERRORS);
    expect(problem.errorsOmitted).toBe(1234 - MAX_PROBLEM_ERRORS);
    expect(problem.detail).toBe('Dữ liệu gửi lên không hợp lệ. (và 1.184 lỗi khác)');
    const few = buildProblem(ErrorCode.ValidationFailed, 'x', { errors: errors.slice(0, 3) });
    expect(few).not.toHaveProperty('errorsOmitted');
    expect(few.detail).toBe('x');
  });

  it('write sizes as people read them', () => {
    expect(formatBytes(1024 * 1024)).toBe('1 MB');
    expect(formatBytes(256 * 1024)).toBe('256 KB');
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1,5 MB');
    expect(formatBytes(500)).toBe('500 byte');
  });
});
