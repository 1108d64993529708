import { parse } from './args.js';

const HELP = `Usage: yeondong nlu --ha

Reads one JSON object per line on stdin and answers one JSON line each, in order:
  in:  {"sentence", "entities": [{name, domain, area?}], "areas": [...], "contextArea"}
  out: {"intent": "HassTurnOn" | null, "slots": {...}}   (Home Assistant intent and slot names)
Exits when stdin ends.

Options:
  --ha      speak Home Assistant intent and slot names (the only mode so far)
  -h, --help`;

export async function nluCommand(args: string[]): Promise<number> {
  const r = parse(args, { ha: { type: 'boolean' } }, HELP);
  if (r === 'help') return 0;
  if (!r) return 2;
  if (!r.values.ha) {
    console.error(`yeondong nlu: --ha is required\n\n${HELP}`);
    return 2;
  }
  const { runNluHa } = await import('../nlu/ko/ha.js');
  await runNluHa(process.stdin, process.stdout);
  return 0;
}
