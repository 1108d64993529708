/**
 * `yeondong clients`: OAuth 2.0 clients (partners) of a home, written straight into the data
 * folder's store. A hub running on the same folder accepts a new client at once (clients are read
 * from the store on every request) and drops a removed client's tokens within a second.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TokenRegistry } from '../hub/auth.js';
import { isScope, type Scope } from '../hub/oauth/clients.js';
import { AuthorizationServer } from '../hub/oauth/server.js';
import { openBesideHub } from '../store/lock.js';
import { didYouMean } from '../util/suggest.js';
import { parse } from './args.js';

const HELP = `Usage: yeondong clients <add|list|remove> [options]

Manages the OAuth 2.0 clients (partner assistants and clouds) of a home. Uses the same --data
folder as 'yeondong serve'; a running hub sees the change at once.

  yeondong clients add --data DIR --home H --name NAME --redirect-uri URI [--redirect-uri URI2 …]
                       [--scope devices:read --scope devices:operate --scope conversation]
                       [--assistant ID]
      registers a client and prints one line of JSON {"clientId", "clientSecret"}; the secret is
      shown only this once (the hub keeps its hash). --scope limits what the client may ask for
      (default: all three); --assistant names the home file grants that apply to it (default:
      the client id, so only '*' rules).
  yeondong clients list --data DIR --home H
      prints one line of JSON per client (no secrets)
  yeondong clients remove --data DIR --client ID
      removes the client and revokes every link and token it has

Options:
  --data DIR          the hub's data folder                     default ./.data
  -h, --help

Exit status: 0 done; 2 a mistake in the command line; 1 refused by the data folder (no hub data,
an unknown client).`;

export async function clientsCommand(args: string[]): Promise<number> {
  const r = parse(
    args,
    {
      data: { type: 'string' },
      home: { type: 'string' },
      name: { type: 'string' },
      'redirect-uri': { type: 'string', multiple: true },
      scope: { type: 'string', multiple: true },
      assistant: { type: 'string' },
      client: { type: 'string' },
    },
    HELP,
    true,
  );
  if (r === 'help') return 0;
  if (!r) return 2;
  const [sub, ...extra] = r.positionals;
  const v = r.values;
  if (!sub || !['add', 'list', 'remove'].includes(sub) || extra.length > 0) {
    const subs = ['add', 'list', 'remove'];
    const hint = sub && !subs.includes(sub) ? `unknown sub-command '${sub}'${didYouMean(sub, subs)}; ` : '';
    console.error(`yeondong clients: ${hint}say add, list or remove (yeondong clients --help)`);
    return 2;
  }
  const dataDir = resolve(v.data ?? '.data');
  /** 2 for a mistake in the command line, 1 for a refusal by the data folder. */
  const fail = (msg: string, code: 1 | 2 = 2) => {
    console.error(`yeondong clients ${sub}: ${msg}`);
    return code;
  };
  if (sub !== 'add' && !existsSync(join(dataDir, 'yeondong.db'))) return fail(`no hub data in ${dataDir}`, 1);

  const store = await openBesideHub(dataDir, join(dataDir, 'yeondong.db'));
  try {
    const tokens = new TokenRegistry(store);
    const as = new AuthorizationServer({
      store,
      tokens,
      clock: { now: () => Date.now() },
      hasHome: () => true,
    });
    if (sub === 'add') {
      if (!v.home) return fail('--home H is required');
      if (!/^[A-Za-z0-9_.-]{1,64}$/.test(v.home)) return fail(`'${v.home}' is not a valid home id`);
      if (!v.name) return fail('--name NAME is required');
      const uris = v['redirect-uri'] ?? [];
      if (uris.length === 0) return fail('--redirect-uri URI is required');
      const scopes = v.scope ?? [];
      const bad = scopes.filter((s) => !isScope(s));
      if (bad.length > 0)
        return fail(
          `unknown scope(s) ${bad.join(', ')} (known: devices:read, devices:operate, conversation)`,
        );
      if ((await store.getKv(v.home, 'auth:gen')) === null) {
        console.error(`yeondong clients add: note: no hub has served home '${v.home}' from ${dataDir} yet`);
      }
      try {
        const { client, clientSecret } = await as.clients.add(
          v.home,
          {
            name: v.name,
            redirectUris: uris,
            scopes: scopes as Scope[],
            ...(v.assistant ? { assistant: v.assistant } : {}),
          },
          Date.now(),
        );
        console.log(JSON.stringify({ clientId: client.clientId, clientSecret }));
      } catch (err) {
        return fail((err as Error).message);
      }
      return 0;
    }
    if (sub === 'list') {
      if (!v.home) return fail('--home H is required');
      for (const c of await as.clients.list(v.home)) console.log(JSON.stringify(c));
      return 0;
    }
    if (!v.client) return fail('--client ID is required');
    if (!(await as.removeClient(v.client))) return fail(`no client '${v.client}'`, 1);
    console.log(JSON.stringify({ removed: v.client }));
    return 0;
  } finally {
    await store.close();
  }
}
