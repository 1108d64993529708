/**
 * A platform's link to a home, remembered by its face when the platform first discovers the home
 * (SYNC, discoveryRequest…) and forgotten when the platform unlinks (DISCONNECT, integrationDeleted):
 * who the partner is, so the face can report state changes as that partner sees them. A report goes
 * out only while the household's OAuth grant to that client is still there.
 */
import type { Principal as GatePrincipal } from '../../gate/types.js';
import type { Store } from '../../store/types.js';
import type { PartnerSession } from './base.js';

export interface PartnerLink {
  clientId: string;
  assistant: string | null;
  scopes: string[];
  linkedAt: number;
  /** Platform-specific data (callback URLs, sealed callback tokens…). */
  extra?: Record<string, unknown>;
}

const key = (platform: string) => `partners:${platform}:link`;

export async function saveLink(
  s: PartnerSession,
  platform: string,
  extra?: Record<string, unknown>,
): Promise<PartnerLink> {
  const kept = await linkOf(s.hub.ctx.store, s.home.runtime.id, platform);
  if (kept && kept.clientId === s.clientId && !extra) return kept;
  const link: PartnerLink = {
    clientId: s.clientId,
    assistant: s.who.assistant,
    scopes: [...s.who.scopes],
    linkedAt: s.hub.ctx.clock.now(),
    ...(extra ? { extra } : {}),
  };
  await s.hub.ctx.store.putKv(s.home.runtime.id, key(platform), JSON.stringify(link));
  return link;
}

export async function linkOf(store: Store, home: string, platform: string): Promise<PartnerLink | null> {
  const raw = await store.getKv(home, key(platform));
  if (!raw) return null;
  try {
    return JSON.parse(raw) as PartnerLink;
  } catch {
    return null;
  }
}

export async function dropLink(store: Store, home: string, platform: string): Promise<void> {
  await store.deleteKv(home, key(platform));
}

/** Whether the household's grant to this client is still there (not unlinked in the hub). */
export async function grantAlive(store: Store, home: string, clientId: string): Promise<boolean> {
  for (const { value } of await store.listKv(home, 'oauth:grant:')) {
    try {
      if ((JSON.parse(value) as { clientId?: string }).clientId === clientId) return true;
    } catch {
      // a damaged row is no grant
    }
  }
  return false;
}

/** The gate's principal of a remembered link (reports are filtered with it). */
export const linkPrincipal = (home: string, l: PartnerLink): GatePrincipal => ({
  kind: 'partner',
  home,
  id: l.clientId,
  assistant: l.assistant,
  scopes: l.scopes,
});
