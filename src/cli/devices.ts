import { describe, typeName } from '../present/describe.js';
import { type Lang, translator } from '../present/i18n.js';
import type { Device } from '../present/types.js';
import { token as getToken, parse } from './args.js';
import { table } from './format.js';
import { api, hubUrl } from './http.js';

const HELP = `Usage: yeondong devices [--url URL] [--home ID] [--data DIR | --token T] [--lang ko|en] [--json]

Prints a table of a running hub's devices and their state, described as the dashboard describes
them (the same words, units and room names).

Options:
  --url URL     the hub                                 default http://127.0.0.1:7070
  --home ID     the home                                default demo
  --data DIR    read the owner token from the hub's data folder   default ./.data
  --token T     a bearer token (or YEONDONG_TOKEN)
  --lang L      ko or en                                default ko
  --json        print the devices as JSON (the API's shape)
  -h, --help

Exit status: 0 printed; 1 the hub could not be reached or refused; 2 a mistake in the command line.`;

export async function devicesCommand(args: string[]): Promise<number> {
  const r = parse(
    args,
    {
      url: { type: 'string' },
      home: { type: 'string' },
      data: { type: 'string' },
      token: { type: 'string' },
      lang: { type: 'string' },
      json: { type: 'boolean' },
    },
    HELP,
  );
  if (r === 'help') return 0;
  if (!r) return 2;
  const lang = r.values.lang ?? 'ko';
  if (lang !== 'ko' && lang !== 'en') {
    console.error(`yeondong devices: --lang must be ko or en (got '${lang}')`);
    return 2;
  }
  const home = r.values.home ?? 'demo';
  const tok = getToken({ ...r.values, home }, 'yeondong devices');
  if (!tok) return 2;
  const url = hubUrl(r.values.url, 'yeondong devices');
  if (!url) return 2;
  const base = `/api/v1/homes/${encodeURIComponent(home)}`;
  try {
    const devices = (await api(url, tok, `${base}/devices`)) as Device[];
    if (r.values.json) {
      console.log(JSON.stringify(devices, null, 2));
      return 0;
    }
    // The areas this token may see (a guest: those of its devices), by name.
    const areas = (await api(url, tok, `${base}/areas`).catch(() => null)) as Area[] | null;
    console.log(devicesTable(devices, areas, lang));
    return 0;
  } catch (err) {
    console.error(`yeondong devices: ${(err as Error).message}`);
    return 1;
  }
}

interface Area {
  id: string;
  name: string;
}

/** The table: one row per device, its state in the words of the dashboard's cards. */
export function devicesTable(devices: Device[], areas: Area[] | null, lang: Lang): string {
  const t = translator(lang);
  const area = (id: string | null) =>
    id === null ? t('area.none') : (areas?.find((a) => a.id === id)?.name ?? id);
  const rows = [
    [t('table.id'), t('table.name'), t('table.area'), t('table.type'), t('table.online'), t('table.state')],
  ];
  for (const d of devices) {
    const desc = describe(d, t);
    const facts = [...desc.facts, ...desc.alerts];
    rows.push([
      d.id,
      d.name,
      area(d.area),
      typeName(t, d.deviceType),
      t(d.online ? 'device.online' : 'device.offline'),
      facts.length > 0 ? facts.join(' · ') : t('device.noState'),
    ]);
  }
  return table(rows);
}
