import { didYouMean } from '../util/suggest.js';
import { token as getToken, parse } from './args.js';
import { api, hubUrl } from './http.js';

const HELP = `Usage: yeondong matter pair [--url URL] [--home ID] [--data DIR | --token T] --name N [--area A] [--address IP:PORT] CODE

Commissions a Matter device onto the running hub's own fabric (the hub as a Matter controller) and
adds it to the home; prints the new device's id. CODE is the device's manual pairing code (11 or 21
digits, dashes allowed) or its QR code text (MT:…). The device must be on the hub's network and in
commissioning mode. Needs the owner's token.

Options:
  --url URL        the hub                                 default http://127.0.0.1:7070
  --home ID        the home                                default demo
  --data DIR       read the owner token from the hub's data folder   default ./.data
  --token T        a bearer token (or YEONDONG_TOKEN)
  --name N         the name people call it by (required)
  --area A         its area: the area's id, name or alias
  --address A      the device's ip:port ([ipv6]:port), to skip discovery by mDNS
  --timeout S      longest wait for the hub's answer, seconds      default 120
  -h, --help`;

export async function matterCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    console.log(HELP);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== 'pair') {
    console.error(
      `yeondong matter: unknown command '${sub}'${didYouMean(sub, ['pair']) || " (there is 'pair')"}; see 'yeondong matter --help'`,
    );
    return 2;
  }
  const r = parse(
    rest,
    {
      url: { type: 'string' },
      home: { type: 'string' },
      data: { type: 'string' },
      token: { type: 'string' },
      name: { type: 'string' },
      area: { type: 'string' },
      address: { type: 'string' },
      timeout: { type: 'string' },
    },
    HELP,
    true,
  );
  if (r === 'help') return 0;
  if (!r) return 2;
  const code = r.positionals[0];
  if (r.positionals.length !== 1 || !code) {
    console.error("yeondong matter pair: give exactly one pairing code; see 'yeondong matter pair --help'");
    return 2;
  }
  const name = r.values.name;
  if (!name) {
    console.error("yeondong matter pair: --name is required; see 'yeondong matter pair --help'");
    return 2;
  }
  const timeout = Number(r.values.timeout ?? 120);
  if (!(timeout > 0)) {
    console.error(
      `yeondong matter pair: --timeout must be a number of seconds above 0 (got '${r.values.timeout}')`,
    );
    return 2;
  }
  const home = r.values.home ?? 'demo';
  const tok = getToken({ ...r.values, home }, 'yeondong matter pair');
  if (!tok) return 2;
  const url = hubUrl(r.values.url, 'yeondong matter pair');
  if (!url) return 2;
  const body = {
    pairingCode: code,
    name,
    ...(r.values.area ? { area: r.values.area } : {}),
    ...(r.values.address ? { address: r.values.address } : {}),
  };
  try {
    const res = (await api(url, tok, `/api/v1/homes/${encodeURIComponent(home)}/matter/devices`, {
      method: 'POST',
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeout * 1000),
    })) as { id: string };
    console.log(res.id);
    return 0;
  } catch (err) {
    console.error(`yeondong matter pair: ${(err as Error).message}`);
    return 1;
  }
}
