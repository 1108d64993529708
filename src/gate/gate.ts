/**
 * The gate: access to one home decided in one place. Every face (REST, conversation, Open Floor,
 * OVON, MQTT export, and every later one) asks `decide` or `authorize`; none keeps a rule of its own.
 *
 * | principal               | surfaces                              | devices                                  | turns                          |
 * |-------------------------|---------------------------------------|------------------------------------------|--------------------------------|
 * | person: owner           | all                                   | all                                      | as any assistant               |
 * | person: member          | all but admin                         | all                                      | as any assistant               |
 * | person: guest           | devices, events                       | the devices the owner listed             | none                           |
 * | partner                 | by OAuth scope                        | its assistant's grants (view/operate)    | as its own assistant only      |
 * | local face (MQTT)       | none (no HTTP)                        | all                                      | none                           |
 * | local face (microphone) | none (no HTTP)                        | all (so its assistant's grants decide)   | on its own satellite only      |
 * | Matter fabric           | none (no HTTP)                        | its assistant's grants (home file)       | none                           |
 * | assistant on satellite  | –                                     | its grants, and never beyond its carrier | –                              |
 * | external agent          | –                                     | as its carrier                           | as its carrier may             |
 *
 * Then the home's security rules, for every principal on every face: `forbidden` — refused, owner
 * included; `pin` — a challenge (the household PIN must be presented), except for direct commands
 * of people signed in as owner or member; over Matter (which carries no PIN) `pin` actions are refused
 * unless the home file allows them for that fabric. The PIN lockout (3 wrong PINs per home per 10 minutes)
 * is counted in `VoicePin`, which only `authorize` calls, after every other check has passed, so
 * a principal that may not act at all never spends the household's tries. Tenancy first of all:
 * a principal of another home learns nothing (`unknown-home`), a device it may not see is an
 * `unknown-device`, identical to one that does not exist.
 */
import type { HomeFile } from '../home/types.js';
import type { Privilege } from '../model/types.js';
import { Grants, privilegeFor } from './grants.js';
import type { VoicePin } from './pin.js';
import { SecurityRules } from './security.js';
import type { Action, Decision, DenyCode, Principal, Surface } from './types.js';

/** What the gate needs to know of a device. */
export interface GateDevice {
  id: string;
  deviceType: string;
  area: string | null;
}

export interface GateDeps {
  file: HomeFile;
  device(id: string): GateDevice | undefined;
  /** A guest's devices as the owner listed them (undefined: no such person any more). */
  guestDevices(personId: string): readonly string[] | undefined;
  pin: VoicePin;
}

const ALLOW: Decision = { effect: 'allow' };
const deny = (code: DenyCode, reason: string): Decision => ({ effect: 'deny', code, reason });

/** The OAuth scope each surface needs from a partner. */
const SCOPE_OF: Partial<Record<Surface, string>> = {
  'devices:read': 'devices:read',
  events: 'devices:read',
  'devices:operate': 'devices:operate',
  conversation: 'conversation',
};

const normalUrl = (u: string): string | null => {
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
};

export class HomeGate {
  readonly home: string;
  readonly grants: Grants;
  readonly security: SecurityRules;
  readonly #deps: GateDeps;
  readonly #agents: Set<string>;

  constructor(deps: GateDeps) {
    this.#deps = deps;
    this.home = deps.file.home.id;
    this.grants = new Grants(deps.file.grants);
    this.security = new SecurityRules(deps.file.security);
    const listed = deps.file.openFloor.agents;
    this.#agents = new Set(listed.map((a) => normalUrl(a.url)).filter((u): u is string => u !== null));
  }

  /** The decision on one action, before any PIN is presented. */
  decide(p: Principal, action: Action): Decision {
    if (p.home !== this.home) return deny('unknown-home', `no home '${this.home}'`);
    switch (action.kind) {
      case 'surface':
        return this.#surface(p, action.surface);
      case 'read':
        return this.canSee(p, action.device) ? ALLOW : deny('unknown-device', `no device '${action.device}'`);
      case 'command':
        return this.#command(p, action.device, action.cluster, action.command);
      case 'turn':
        return this.#turn(p, action.assistant, action.satellite);
      case 'invite':
        return this.#invite(p, action.url);
    }
  }

  /**
   * The final decisions on actions taken together (one turn's, or one direct command), with the
   * PIN when one was presented: it is verified once, and only when some action is otherwise
   * allowed and needs it. Without a PIN, a challenge stays a challenge unless the home is locked
   * out or has no PIN.
   */
  async authorize(p: Principal, actions: Action[], pin?: string): Promise<Decision[]> {
    const first = actions.map((a) => this.decide(p, a));
    if (!first.some((d) => d.effect === 'challenge')) return first;
    let verdict: Decision;
    if (!(await this.#deps.pin.configured()))
      verdict = deny('pin-not-set', 'the household has no PIN set, so this action is not available');
    else if (pin === undefined) {
      verdict =
        (await this.#deps.pin.blockedUntil()) !== null
          ? deny('too-many-requests', 'too many wrong PINs: PIN actions are blocked for a while')
          : { effect: 'challenge', code: 'pin-required', reason: 'the household PIN is required' };
    } else {
      const check = await this.#deps.pin.check(pin);
      verdict =
        check === 'ok'
          ? ALLOW
          : check === 'blocked'
            ? deny('too-many-requests', 'too many wrong PINs: PIN actions are blocked for a while')
            : check === 'no-pin'
              ? deny('pin-not-set', 'the household has no PIN set')
              : deny('pin-invalid', 'the PIN is not right');
    }
    return first.map((d) => (d.effect === 'challenge' ? verdict : d));
  }

  /** Until when PIN actions are blocked (ms since the epoch), or null. */
  blockedUntil(): Promise<number | null> {
    return this.#deps.pin.blockedUntil();
  }

  /** Whether the principal may see a device of this home (filter lists and events with it). */
  canSee(p: Principal, deviceId: string): boolean {
    if (p.home !== this.home) return false;
    const d = this.#deps.device(deviceId);
    if (!d) return false;
    switch (p.kind) {
      case 'person':
        return p.role !== 'guest' || (this.#deps.guestDevices(p.id)?.includes(deviceId) ?? false);
      case 'partner':
        return this.#granted(p.assistant ?? p.id, d, 'view');
      case 'local':
        return true;
      case 'fabric':
        return p.assistant !== null && this.#granted(p.assistant, d, 'view');
      case 'assistant':
        return this.#granted(p.id, d, 'view') && this.canSee(p.via, deviceId);
      case 'agent':
        return this.canSee(p.via, deviceId);
      case 'routine':
        return this.canSee(p.via, deviceId);
    }
  }

  /** Whether the URL is an external Open Floor agent the home file lists. */
  listedAgent(url: string): boolean {
    const u = normalUrl(url);
    return u !== null && this.#agents.has(u);
  }

  #granted(subject: string, d: GateDevice, needed: Privilege): boolean {
    return this.grants.decide(subject, d, needed).allowed;
  }

  #surface(p: Principal, surface: Surface): Decision {
    let ok: boolean;
    switch (p.kind) {
      case 'person':
        ok =
          p.role === 'owner' ||
          (p.role === 'member' && surface !== 'admin') ||
          (p.role === 'guest' &&
            (surface === 'devices:read' || surface === 'devices:operate' || surface === 'events'));
        break;
      case 'partner': {
        const scope = SCOPE_OF[surface];
        ok = scope !== undefined && p.scopes.includes(scope);
        if (!ok)
          return deny(
            'not-allowed',
            `the link does not include the scope this needs (${SCOPE_OF[surface] ?? surface})`,
          );
        break;
      }
      default:
        ok = false;
    }
    return ok ? ALLOW : deny('not-allowed', `${surface} is not for a ${describe(p)}`);
  }

  /**
   * May `p` operate `device` as far as who it is goes (grants, guest lists, scopes)? `direct`: a
   * command of its own (a partner needs the devices:operate scope), not one a turn carries (the
   * turn itself needed the conversation scope).
   */
  #mayOperate(p: Principal, d: GateDevice, needed: Privilege, direct: boolean): Decision {
    switch (p.kind) {
      case 'person':
        if (p.role === 'guest' && !this.canSee(p, d.id)) return deny('unknown-device', `no device '${d.id}'`);
        return ALLOW;
      case 'partner':
        if (!this.canSee(p, d.id)) return deny('unknown-device', `no device '${d.id}'`);
        if (direct && !p.scopes.includes('devices:operate'))
          return deny('not-allowed', 'the link does not include the scope this needs (devices:operate)');
        return this.#granted(p.assistant ?? p.id, d, needed)
          ? ALLOW
          : deny('not-allowed', `the home's grants do not let this partner operate '${d.id}'`);
      case 'local':
        return ALLOW;
      case 'fabric':
        return p.assistant !== null && this.#granted(p.assistant, d, needed)
          ? ALLOW
          : deny('not-allowed', `the home's grants do not let this Matter fabric operate '${d.id}'`);
      case 'assistant': {
        if (!this.#granted(p.id, d, needed))
          return deny('not-allowed', `the home's grants do not let '${p.id}' operate '${d.id}'`);
        const via = this.#mayOperate(p.via, d, needed, false);
        return via.effect === 'allow' ? ALLOW : deny('not-allowed', via.effect === 'deny' ? via.reason : '');
      }
      case 'agent':
        return this.#mayOperate(p.via, d, needed, false);
      case 'routine':
        return this.#mayOperate(p.via, d, needed, true);
    }
  }

  #command(p: Principal, deviceId: string, cluster: string, command: string): Decision {
    const d = this.#deps.device(deviceId);
    if (!d || (p.kind !== 'assistant' && !this.canSee(p, deviceId)))
      return deny('unknown-device', `no device '${deviceId}'`);
    const who = this.#mayOperate(p, d, privilegeFor(cluster, command), true);
    if (who.effect !== 'allow') return who;
    const need = this.security.requirement(d.deviceType, command);
    if (need === 'forbidden')
      return deny('forbidden', `${command} on '${deviceId}' is never done through the hub`);
    if (need === 'pin') {
      // Only people signed in with their own owner or member token skip the PIN, and only on
      // direct commands: a turn always acts as its assistant, whoever carries it.
      if (p.kind === 'person' && (p.role === 'owner' || p.role === 'member')) return ALLOW;
      // A routine holds a PIN action only when the owner created it on the dashboard or the API.
      if (p.kind === 'routine')
        return p.createdVia === 'api' && p.via.kind === 'person' && p.via.role === 'owner'
          ? ALLOW
          : deny(
              'not-allowed',
              `${command} needs the household PIN: only the owner's routines made on the dashboard or the API may do it`,
            );
      if (p.kind === 'fabric')
        return p.allowPin
          ? ALLOW
          : deny('not-allowed', `${command} needs the household PIN, which Matter cannot carry`);
      return { effect: 'challenge', code: 'pin-required', reason: `${command} needs the household PIN` };
    }
    return ALLOW;
  }

  #turn(p: Principal, assistant: string, satellite: string): Decision {
    if (!this.#deps.file.assistants.some((a) => a.id === assistant))
      return deny('not-allowed', `no assistant '${assistant}' in this home`);
    switch (p.kind) {
      case 'person':
        return p.role === 'guest' ? deny('not-allowed', 'conversation is not for a guest') : ALLOW;
      case 'partner':
        if (!p.scopes.includes('conversation'))
          return deny('not-allowed', 'the link does not include the scope this needs (conversation)');
        if (p.assistant === null)
          return deny('not-allowed', 'this partner is not linked to an assistant of the home');
        return p.assistant === assistant
          ? ALLOW
          : deny('not-allowed', `a partner speaks only as its own assistant ('${p.assistant}')`);
      case 'agent':
        return this.#turn(p.via, assistant, satellite);
      case 'local':
        // A microphone face speaks on its own satellite only, as one of that satellite's assistants.
        if (p.satellite === undefined) return deny('not-allowed', `a ${describe(p)} does not take turns`);
        return p.satellite === satellite &&
          this.#deps.file.satellites.some((s) => s.id === satellite && s.assistants.includes(assistant))
          ? ALLOW
          : deny('not-allowed', `the ${describe(p)} speaks only on satellite '${p.satellite}'`);
      default:
        return deny('not-allowed', `a ${describe(p)} does not take turns`);
    }
  }

  #invite(p: Principal, url: string): Decision {
    const c = p.kind === 'agent' ? p.via : p;
    const may =
      (c.kind === 'person' && c.role !== 'guest') ||
      (c.kind === 'partner' && c.scopes.includes('conversation'));
    if (!may) return deny('not-allowed', `a ${describe(p)} may not invite agents`);
    return this.listedAgent(url)
      ? ALLOW
      : deny('not-allowed', 'the hub talks only to the external agents the home file lists');
  }
}

function describe(p: Principal): string {
  return p.kind === 'person' ? p.role : p.kind === 'local' ? `local face (${p.id})` : p.kind;
}
