import { isLastAttempt } from './intake-dossier.job';

describe('isLastAttempt', () => {
  it('is true only when a failure now would exhaust the attempts', () => {
    expect(isLastAttempt({ attemptsMade: 0, opts: { attempts: 8 } })).toBe(false);
    expect(isLastAttempt({ attemptsMade: 6, opts: { attempts: 8 } })).toBe(false);
    expect(isLastAttempt({ attemptsMade: 7, opts: { attempts: 8 } })).toBe(true);
    // a job added with no attempts option is tried once
    expect(isLastAttempt({ attemptsMade: 0, opts: {} })).toBe(true);
  });
});
