import type { Request } from 'express';

/** How a dual-stack socket reports an IPv4 client: "::ffff:" before the dotted address. */
const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/** "::ffff:127.0.0.1" as the "127.0.0.1" people know; any other address unchanged. */
export const plainIp = (address: string): string => IPV4_MAPPED.exec(address)?.[1] ?? address;

/** The client's address as login events and audit entries keep it (proxies per TRUST_PROXY), or null. */
export function clientIpOf(req: Request): string | null {
  const address = req.ip ?? req.socket?.remoteAddress;
  return address ? plainIp(address).slice(0, 64) : null;
}
