import { areasFor, idleDecision, isConsoleUser, mayOpen } from './console-access';

describe('console access', () => {
  it('lets every official and the system administrator in, never a citizen', () => {
    expect(isConsoleUser(['RECEPTION'])).toBe(true);
    expect(isConsoleUser(['SYSTEM_ADMIN'])).toBe(true);
    expect(isConsoleUser(['CITIZEN'])).toBe(false);
    expect(isConsoleUser([])).toBe(false);
  });

  it('lists only the areas the roles allow, in the navigation order', () => {
    expect(areasFor(['SPECIALIST']).map((a) => a.name)).toEqual(['dossiers']);
    expect(areasFor(['RECEPTION', 'LEADER']).map((a) => a.name)).toEqual([
      'dossiers',
      'desk',
      'reports',
    ]);
    expect(areasFor(['SYSTEM_ADMIN']).map((a) => a.name)).toEqual([
      'reports',
      'procedures',
      'holidays',
      'queues',
      'agencies',
      'officials',
      'auditLog',
    ]);
    expect(mayOpen(['SPECIALIST'], 'officials')).toBe(false);
    // an agency's administrator reads the holidays; the queues are the system's
    expect(mayOpen(['ADMIN'], 'holidays')).toBe(true);
    expect(mayOpen(['ADMIN'], 'queues')).toBe(false);
  });

  it('ends a sign-in idle for longer than the limit, and writes the activity only now and then', () => {
    const idleMs = 30 * 60_000;
    const now = 1_000_000_000;
    expect(idleDecision(undefined, now, idleMs)).toBe('touch');
    expect(idleDecision(now - idleMs - 1, now, idleMs)).toBe('expired');
    expect(idleDecision(now - idleMs, now, idleMs)).toBe('touch');
    expect(idleDecision(now - 5_000, now, idleMs)).toBe('keep');
    expect(idleDecision(now - 15_000, now, idleMs)).toBe('touch');
  });
});
