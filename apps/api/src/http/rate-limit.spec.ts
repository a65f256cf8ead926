import { clientOf, LocalWindows } from './rate-limit.module';

describe('clientOf (whom a rate limit counts)', () => {
  it('counts an IPv4 address as it is', () => {
    expect(clientOf('203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts an IPv4-mapped IPv6 address as its IPv4 address', () => {
    expect(clientOf('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts an IPv6 address by its /64 network', () => {
    expect(clientOf('2001:db8:85a3:1:8a2e:370:7334:1')).toBe('2001:db8:85a3:1::/64');
    expect(clientOf('2001:DB8:85A3:0001:ffff::2')).toBe('2001:db8:85a3:1::/64');
    expect(clientOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientOf('::1')).toBe('0:0:0:0::/64');
  });

  it('puts two addresses of one /64 together and two /64s apart', () => {
    expect(clientOf('2001:db8:1:2::a')).toBe(clientOf('2001:db8:1:2:ffff:1:2:3'));
    expect(clientOf('2001:db8:1:2::a')).not.toBe(clientOf('2001:db8:1:3::a'));
  });

  it('leaves anything else alone', () => {
    expect(clientOf('not-an-address')).toBe('not-an-address');
  });
});

describe('LocalWindows (the rate limits while Redis is away)', () => {
  it('counts hits per key in a fixed window and starts afresh when it ends', () => {
    const windows = new LocalWindows();
    const t0 = 1_000_000;
    expect(windows.add('a', 60_000, t0)).toEqual([1, 60_000]);
    expect(windows.add('a', 60_000, t0 + 10_000)).toEqual([2, 50_000]);
    expect(windows.add('b', 60_000, t0 + 10_000)).toEqual([1, 60_000]);
    expect(windows.add('a', 60_000, t0 + 60_000)).toEqual([1, 60_000]);
  });

  it('forgets ended windows, so its memory stays bounded', () => {
    const windows = new LocalWindows();
    const t0 = 1_000_000;
    for (let i = 0; i < 1000; i++) windows.add(`client-${i}`, 60_000, t0);
    windows.add('late', 60_000, t0 + 120_001);
    const held = (windows as unknown as { windows: Map<string, unknown> }).windows;
    expect([...held.keys()]).toEqual(['late']);
  });
});
