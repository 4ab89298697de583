/** The helper thread's side of `socket`'s blocking name lookups (see blocking/bridge.ts). */
import { lookup, lookupService } from "node:dns/promises";

async function byName(a: { name: string }): Promise<string> {
  return (await lookup(a.name, { family: 4 })).address;
}

/** What getfqdn needs of gethostbyaddr: the canonical name of the host's address. */
async function canonical(a: { name: string }): Promise<string> {
  const { address } = await lookup(a.name);
  return (await lookupService(address, 0)).hostname;
}

export const SOCKET_HANDLERS = {
  "socket.gethostbyname": byName,
  "socket.canonical": canonical,
};
