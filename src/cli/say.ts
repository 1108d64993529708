import { token as getToken, parse } from './args.js';
import { api, homeSummary } from './http.js';

const HELP = `Usage: yeondong say [--url URL] [--home ID] [--satellite ID] [--assistant ID] [--conversation ID] [--data DIR | --token T] TEXT…

Sends one conversation turn to a running hub, as if a satellite heard TEXT (wake word included),
and prints the reply, the assistant that answered and each action with its outcome.

Options:
  --url URL            the hub                       default http://127.0.0.1:7070
  --home ID            the home                      default demo
  --satellite ID       the microphone                default console
  --assistant ID       the assistant when TEXT has no wake word
  --conversation ID    continue a conversation (PIN, choice)
  --data DIR           read the owner token from the hub's data folder   default ./.data
  --token T            a bearer token (or YEONDONG_TOKEN)
  --json               print the whole answer as JSON
  -h, --help

Exit status: 0 an assistant answered; 1 no assistant of that satellite heard its wake word (the
satellite's wake words are printed); 2 a mistake in the command line.`;

interface Turn {
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
      json: { type: 'boolean' },
    },
    HELP,
    true,
  );
  if (r === 'help') return 0;
  if (!r) return 2;
  const text = r.positionals.join(' ');
  if (!text) {
    console.error(`yeondong say: what to say is missing\n\n${HELP}`);
    return 2;
  }
  const home = r.values.home ?? 'demo';
  const tok = getToken({ ...r.values, home }, 'yeondong say');
  if (!tok) return 2;
  const body = {
    text,
    satellite: r.values.satellite ?? 'console',
    ...(r.values.assistant ? { assistant: r.values.assistant } : {}),
    ...(r.values.conversation ? { conversationId: r.values.conversation } : {}),
  };
  const url = r.values.url ?? 'http://127.0.0.1:7070';
  const turn = (await api(url, tok, `/api/v1/homes/${encodeURIComponent(home)}/conversation`, {
    method: 'POST',
    body: JSON.stringify(body),
  })) as Turn;
  if (r.values.json) {
    console.log(JSON.stringify(turn, null, 2));
    return turn.assistant === null ? 1 : 0;
  }
  if (turn.assistant === null) {
    console.error(`yeondong say: ${await noWakeWord(url, tok, home, body.satellite)}`);
    return 1;
  }
  console.log(`[${turn.assistant}] ${turn.response.text || '(no answer)'}`);
  for (const a of turn.actions) {
    console.log(
      `  ${a.status === 'success' ? 'ok ' : 'ERR'} ${a.deviceId} ${a.cluster}.${a.command}${a.error ? ` (${a.error.code})` : ''}`,
    );
  }
  if (turn.needsInput)
    console.log(`  … needs ${turn.needsInput.kind}: --conversation ${turn.conversationId}`);
  return 0;
}

/** Why no assistant answered: which wake words the satellite hears, and the --assistant way round. */
async function noWakeWord(url: string, token: string, home: string, satellite: string): Promise<string> {
  const info = await homeSummary(url, token, home);
  const sat = info?.satellites.find((x) => x.id === satellite);
  const base = `no assistant of satellite '${satellite}' heard its wake word`;
  if (!info || !sat) return `${base}; start with a wake word, or give --assistant ID`;
  const heard = sat.assistants.map((id) => {
    const a = info.assistants.find((x) => x.id === id);
    return `${(a?.wakeWords ?? []).map((w) => `"${w}"`).join(' or ')} (${a?.name ?? id}, --assistant ${id})`;
  });
  return `${base}. It hears: ${heard.join('; ')}. Start with one of them, or give --assistant ID`;
}
