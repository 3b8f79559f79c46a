import type { Request } from 'express';
import { clientIpOf, plainIp } from './client-ip';

describe('client addresses', () => {
  it('shows an IPv4-mapped IPv6 address as the IPv4 address', () => {
    expect(plainIp('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(plainIp('::FFFF:203.113.4.25')).toBe('203.113.4.25');
  });

  it('leaves plain IPv4 and real IPv6 addresses as they are', () => {
    expect(plainIp('10.0.0.7')).toBe('10.0.0.7');
    expect(plainIp('::1')).toBe('::1');
    expect(plainIp('2001:db8::ffff:1.2.3.4')).toBe('2001:db8::ffff:1.2.3.4');
    expect(plainIp('::ffff:abcd')).toBe('::ffff:abcd');
  });

  it('reads the request’s address, falling back to the socket’s', () => {
    expect(clientIpOf({ ip: '::ffff:192.168.1.20' } as Request)).toBe('192.168.1.20');
    expect(clientIpOf({ socket: { remoteAddress: '::ffff:10.1.2.3' } } as unknown as Request)).toBe('10.1.2.3');
    expect(clientIpOf({ socket: {} } as unknown as Request)).toBeNull();
  });
});
