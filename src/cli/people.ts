/**
 * `yeondong people`: the members and guests of a home and their tokens, written straight into the
 * data folder's store; the command-line twin of the owner's people API. A hub running on the same
 * folder notices every change within a quarter of a second (the token registry's generation
 * counter in the store): a new token works and a removed person's tokens stop, without a restart.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TokenRegistry } from '../hub/auth.js';
import {
  ADDABLE_ROLES,
  type AddableRole,
  defaultTokenDays,
  issuePersonToken,
  PERSON_ID,
  PERSON_LIMITS,
  unknownDevices,
} from '../hub/people.js';
import { nameProblem } from '../model/text.js';
import { openBesideHub } from '../store/lock.js';
import type { Store } from '../store/types.js';
import { didYouMean } from '../util/suggest.js';
import { parse } from './args.js';

const HELP = `Usage: yeondong people <add|list|change|token|remove> [options]

Manages the people of a home (members and guests) and their tokens, as the owner's
/api/v1/homes/{home}/people API does. Uses the same --data folder as 'yeondong serve'; a running
hub sees the change within a second.

  yeondong people add --data DIR --home H --name NAME --role member|guest [--device ID …]
                      [--expires-in-days N] [--id ID]
      adds a person and prints one line of JSON {"person", "token", "tokenId", "expiresAt"}; the
      token is shown only this once (the hub keeps its hash). A guest sees and operates only the
      devices named with --device. The token lasts N days, 1 to ${PERSON_LIMITS.maxDays} (default: ${defaultTokenDays('guest')} for a guest,
      ${defaultTokenDays('member')} for a member). --id chooses the person's id (default: made up).
  yeondong people list --data DIR --home H
      prints one line of JSON per person (no tokens)
  yeondong people change --data DIR --home H --person ID [--name NAME] [--device ID …] [--no-devices]
      renames a person or replaces a guest's devices (--no-devices: none); prints the person
  yeondong people token --data DIR --home H --person ID [--expires-in-days N]
      prints one line of JSON {"token", "tokenId", "expiresAt"}: another token for the person,
      shown only this once
  yeondong people remove --data DIR --home H --person ID
      removes the person and revokes every token of theirs

Options:
  --data DIR          the hub's data folder                     default ./.data
  -h, --help

Exit status: 0 done; 2 a mistake in the command line; 1 refused by the data folder (no hub data,
a home no hub has served, an unknown person or device). Nothing is changed unless it is 0.`;

/** The options of each sub-command besides --data and --home. */
const FLAGS: Record<string, readonly string[]> = {
  add: ['name', 'role', 'device', 'expires-in-days', 'id'],
  list: [],
  change: ['person', 'name', 'device', 'no-devices'],
  token: ['person', 'expires-in-days'],
  remove: ['person'],
};

/** Why the command stops: 2 for the command line, 1 for the data folder. */
class Refusal extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2,
  ) {
    super(message);
  }
}
const usage = (message: string) => new Refusal(message, 2);
const refused = (message: string) => new Refusal(message, 1);

function checkName(name: string | undefined): string | undefined {
  if (name !== undefined && (name.length === 0 || [...name].length > PERSON_LIMITS.name)) {
    throw usage(`--name must be 1 to ${PERSON_LIMITS.name} characters`);
  }
  const problem = name === undefined ? null : nameProblem('--name', name);
  if (problem) throw usage(problem);
  return name;
}

function checkDeviceIds(devices: string[] | undefined): string[] | undefined {
  if (devices && devices.length > PERSON_LIMITS.devices) {
    throw usage(`at most ${PERSON_LIMITS.devices} --device`);
  }
  for (const d of devices ?? []) {
    if (d.length === 0 || [...d].length > PERSON_LIMITS.deviceId) {
      throw usage(`--device must be a device id of 1 to ${PERSON_LIMITS.deviceId} characters`);
    }
  }
  return devices;
}

function checkDays(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = /^[0-9]{1,5}$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 1 && n <= PERSON_LIMITS.maxDays)) {
    throw usage(
      `--expires-in-days must be a whole number from 1 to ${PERSON_LIMITS.maxDays} (got '${value}')`,
    );
  }
  return n;
}

function checkRole(role: string | undefined): AddableRole {
  if (!role) throw usage('--role member|guest is required');
  const known = ADDABLE_ROLES.find((r) => r === role);
  if (!known) throw usage(`unknown role '${role}' (say ${ADDABLE_ROLES.join(' or ')})`);
  return known;
}

function required(value: string | undefined, flag: string): string {
  if (!value) throw usage(`${flag} is required`);
  return value;
}

/** The devices a hub has found in the home (the store keeps each one it ever discovered). */
async function checkDevicesKnown(store: Store, home: string, devices: string[] | undefined): Promise<void> {
  if (!devices?.length) return;
  const known = new Set((await store.loadDevices(home)).map((d) => d.id));
  const bad = unknownDevices(devices, (d) => known.has(d));
  if (bad) throw refused(bad);
}

export async function peopleCommand(args: string[]): Promise<number> {
  const r = parse(
    args,
    {
      data: { type: 'string' },
      home: { type: 'string' },
      person: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      device: { type: 'string', multiple: true },
      'no-devices': { type: 'boolean' },
      'expires-in-days': { type: 'string' },
      id: { type: 'string' },
    },
    HELP,
    true,
  );
  if (r === 'help') return 0;
  if (!r) return 2;
  const [sub = '', ...extra] = r.positionals;
  const flags = FLAGS[sub];
  if (!flags || extra.length > 0) {
    const hint = sub && !flags ? `unknown sub-command '${sub}'${didYouMean(sub, Object.keys(FLAGS))}; ` : '';
    console.error(`yeondong people: ${hint}say add, list, change, token or remove (yeondong people --help)`);
    return 2;
  }
  try {
    return await run(sub, flags, r.values);
  } catch (err) {
    if (!(err instanceof Refusal)) throw err;
    console.error(`yeondong people ${sub}: ${err.message}`);
    return err.code;
  }
}

async function run(
  sub: string,
  flags: readonly string[],
  v: {
    data?: string;
    home?: string;
    person?: string;
    name?: string;
    role?: string;
    device?: string[];
    'no-devices'?: boolean;
    'expires-in-days'?: string;
    id?: string;
  },
): Promise<number> {
  // Everything the command line alone can tell, before the store is opened.
  const stray = Object.keys(v).find((k) => k !== 'data' && k !== 'home' && !flags.includes(k));
  if (stray) throw usage(`--${stray} does not apply to 'people ${sub}'`);
  const home = required(v.home, '--home H');
  const name = checkName(v.name);
  const devices = v['no-devices'] ? [] : checkDeviceIds(v.device);
  if (v['no-devices'] && v.device) throw usage('say --device or --no-devices, not both');
  const days = checkDays(v['expires-in-days']);
  if (v.id !== undefined && !PERSON_ID.test(v.id)) {
    throw usage(`--id must be 1 to 64 letters, digits, '_', '.' or '-' (got '${v.id}')`);
  }
  const newPerson =
    sub === 'add'
      ? {
          ...(v.id ? { id: v.id } : {}),
          name: required(name, '--name NAME'),
          role: checkRole(v.role),
          devices: devices ?? [],
        }
      : undefined;
  const personId = flags.includes('person') ? required(v.person, '--person ID') : '';
  if (sub === 'change' && name === undefined && devices === undefined) {
    throw usage('say what changes: --name, --device or --no-devices');
  }

  const dataDir = resolve(v.data ?? '.data');
  const file = join(dataDir, 'yeondong.db');
  if (!existsSync(file)) throw refused(`no hub data in ${dataDir}`);
  const store = await openBesideHub(dataDir, file);
  const tokens = new TokenRegistry(store);
  try {
    await tokens.load(home);
    // A home a hub has served has an owner token; anything else is most likely a typo.
    if (!tokens.tokens(home, Date.now()).some((t) => t.role === 'owner')) {
      throw refused(`no hub has served home '${home}' from ${dataDir}`);
    }
    await checkDevicesKnown(store, home, devices);
    const person = personId ? tokens.person(home, personId) : undefined;
    if (personId && !person) throw refused(`no person '${personId}' in home '${home}'`);
    const print = (value: unknown) => console.log(JSON.stringify(value));
    if (newPerson) {
      const p = await tokens.addPerson(home, newPerson, Date.now()).catch((err: Error) => {
        throw refused(err.message);
      });
      print({ person: p, ...(await issuePersonToken(tokens, p, Date.now(), days)) });
    } else if (sub === 'list') {
      for (const p of tokens.people(home)) print(p);
    } else if (sub === 'change') {
      print(
        await tokens.updatePerson(home, personId, {
          ...(name !== undefined ? { name } : {}),
          ...(devices !== undefined ? { devices } : {}),
        }),
      );
    } else if (person && sub === 'token') {
      print(await issuePersonToken(tokens, person, Date.now(), days));
    } else {
      await tokens.removePerson(home, personId);
      print({ removed: personId });
    }
    return 0;
  } finally {
    tokens.close();
    await store.close();
  }
}
