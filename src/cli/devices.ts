import type { DeviceDescription } from '../model/types.js';
import { token as getToken, parse } from './args.js';
import { summary, table } from './format.js';
import { api } from './http.js';

const HELP = `Usage: yeondong devices [--url URL] [--home ID] [--data DIR | --token T] [--json]

Prints a table of a running hub's devices and their state.

Options:
  --url URL     the hub                                 default http://127.0.0.1:7070
  --home ID     the home                                default demo
  --data DIR    read the owner token from the hub's data folder
  --token T     a bearer token (or YEONDONG_TOKEN)
  --json        print the devices as JSON
  -h, --help`;

export async function devicesCommand(args: string[]): Promise<number> {
  const r = parse(
    args,
    {
      url: { type: 'string' },
      home: { type: 'string' },
      data: { type: 'string' },
      token: { type: 'string' },
      json: { type: 'boolean' },
    },
    HELP,
  );
  if (r === 'help') return 0;
  if (!r) return 2;
  const home = r.values.home ?? 'demo';
  const tok = getToken({ ...r.values, home });
  if (!tok) return 2;
  const devices = (await api(
    r.values.url ?? 'http://127.0.0.1:7070',
    tok,
    `/api/v1/homes/${encodeURIComponent(home)}/devices`,
  )) as DeviceDescription[];
  if (r.values.json) {
    console.log(JSON.stringify(devices, null, 2));
    return 0;
  }
  const rows = [['ID', 'NAME', 'AREA', 'TYPE', 'ONLINE', 'STATE']];
  for (const d of devices)
    rows.push([d.id, d.name, d.area ?? '-', d.deviceType, d.online ? 'yes' : 'NO', summary(d)]);
  console.log(table(rows));
  return 0;
}
