import { maybe, type Translate, translator } from '../present/i18n.js';
import { commandText } from '../present/words.js';
import { token as getToken, parse } from './args.js';
import { api, type HomeSummary, homeSummary, hubUrl } from './http.js';

const HELP = `Usage: yeondong say [--url URL] [--home ID] [--satellite ID] [--assistant ID] [--conversation ID] [--data DIR | --token T] [--lang ko|en] [--json] TEXT…

Sends one conversation turn to a running hub, as if a satellite heard TEXT (wake word included),
and prints the reply, the assistant that answered and each action with its outcome, in the words
of the dashboard's console (device names, what was done, why it was refused).

Options:
  --url URL            the hub                       default http://127.0.0.1:7070
  --home ID            the home                      default demo
  --satellite ID       the microphone                default console
  --assistant ID       the assistant when TEXT has no wake word
  --conversation ID    continue a conversation (PIN, choice)
  --data DIR           read the owner token from the hub's data folder   default ./.data
  --token T            a bearer token (or YEONDONG_TOKEN)
  --lang L             ko or en                      default ko
  --json               print the whole answer as JSON (the API's shape: ids and Matter names)
  -h, --help

Exit status: 0 an assistant answered; 1 no assistant of that satellite heard its wake word (the
satellite's wake words are printed), or the hub could not be reached or refused the turn; 2 a
mistake in the command line.`;

export interface Turn {
  conversationId: string;
  assistant: string | null;
  understood: boolean;
  actions: Array<{
    deviceId: string;
    cluster: string;
    command: string;
    status: string;
    error?: { code: string };
  }>;
  response: { text: string };
  needsInput: { kind: string } | null;
}

export async function sayCommand(args: string[]): Promise<number> {
  const r = parse(
    args,
    {
      url: { type: 'string' },
      home: { type: 'string' },
      satellite: { type: 'string' },
      assistant: { type: 'string' },
      conversation: { type: 'string' },
      data: { type: 'string' },
      token: { type: 'string' },
      lang: { type: 'string' },
      json: { type: 'boolean' },
    },
    HELP,
    true,
  );
  if (r === 'help') return 0;
  if (!r) return 2;
  const text = r.positionals.join(' ').trim();
  if (!text) {
    console.error("yeondong say: what to say is missing; see 'yeondong say --help'");
    return 2;
  }
  const lang = r.values.lang ?? 'ko';
  if (lang !== 'ko' && lang !== 'en') {
    console.error(`yeondong say: --lang must be ko or en (got '${lang}')`);
    return 2;
  }
  const url = hubUrl(r.values.url, 'yeondong say');
  if (!url) return 2;
  const home = r.values.home ?? 'demo';
  const tok = getToken({ ...r.values, home }, 'yeondong say');
  if (!tok) return 2;
  const body = {
    text,
    satellite: r.values.satellite ?? 'console',
    ...(r.values.assistant ? { assistant: r.values.assistant } : {}),
    ...(r.values.conversation ? { conversationId: r.values.conversation } : {}),
  };
  try {
    const turn = (await api(url, tok, `/api/v1/homes/${encodeURIComponent(home)}/conversation`, {
      method: 'POST',
      body: JSON.stringify(body),
    })) as Turn;
    if (r.values.json) {
      console.log(JSON.stringify(turn, null, 2));
      return turn.assistant === null ? 1 : 0;
    }
    const info = await homeSummary(url, tok, home);
    if (turn.assistant === null) {
      console.error(`yeondong say: ${noWakeWord(info, body.satellite)}`);
      return 1;
    }
    const names = await deviceNames(url, tok, home);
    console.log(turnText(turn, info, names, translator(lang)));
    return 0;
  } catch (err) {
    console.error(`yeondong say: ${(err as Error).message}`);
    return 1;
  }
}

/** The device names this token may see, by id (empty when it may not list them). */
async function deviceNames(url: string, token: string, home: string): Promise<Map<string, string>> {
  const list = (await api(url, token, `/api/v1/homes/${encodeURIComponent(home)}/devices`).catch(
    () => [],
  )) as Array<{ id: string; name: string }>;
  return new Map(list.map((d) => [d.id, d.name]));
}

/**
 * The answer as the dashboard's console shows it: "[기가지니] reply", then one line per action,
 * "주방 조명 · 켜기 성공" or "현관문 · 열기 실패 (비밀번호가 필요해요)".
 */
export function turnText(
  turn: Turn,
  info: HomeSummary | null,
  names: Map<string, string>,
  t: Translate,
): string {
  const who = info?.assistants.find((a) => a.id === turn.assistant)?.name ?? turn.assistant ?? '';
  const lines = [`[${who}] ${turn.response.text || '…'}`];
  for (const a of turn.actions) {
    const outcome = t(a.status === 'success' ? 'outcome.success' : 'outcome.error');
    const why = a.error ? ` (${maybe(t, `error.${a.error.code}`, a.error.code)})` : '';
    lines.push(
      `  ${names.get(a.deviceId) ?? a.deviceId} · ${commandText(t, a.cluster, a.command)} ${outcome}${why}`,
    );
  }
  if (turn.needsInput) {
    const what = maybe(t, `console.${turn.needsInput.kind}`, turn.needsInput.kind);
    lines.push(`  … ${what}: yeondong say --conversation ${turn.conversationId} …`);
  }
  return lines.join('\n');
}

/** Why no assistant answered: which wake words the satellite hears, and the --assistant way round. */
function noWakeWord(info: HomeSummary | null, satellite: string): string {
  const sat = info?.satellites.find((x) => x.id === satellite);
  const base = `no assistant of satellite '${satellite}' heard its wake word`;
  if (!info || !sat) return `${base}; start with a wake word, or give --assistant ID`;
  const heard = sat.assistants.map((id) => {
    const a = info.assistants.find((x) => x.id === id);
    return `${(a?.wakeWords ?? []).map((w) => `"${w}"`).join(' or ')} (${a?.name ?? id}, --assistant ${id})`;
  });
  return `${base}. It hears: ${heard.join('; ')}. Start with one of them, or give --assistant ID`;
}
