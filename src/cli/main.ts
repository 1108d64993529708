/** The `yeondong` command: dispatches to one module per subcommand. */
import { didYouMean } from '../util/suggest.js';

const USAGE = `yeondong — an open hub where AI assistants and smart-home devices work together

Usage: yeondong <command> [options]

Commands:
  serve      start the hub on a home file
  simulate   run the simulator of one connection of a home file on its own
  devices    print a table of a running hub's devices and their state
  say        send one conversation turn to a running hub
  nlu        run the Korean understanding engine on JSON lines (--ha: Home Assistant names)
  clients    manage OAuth 2.0 clients of a home
  people     manage the members and guests of a home and their tokens
  matter     pair a Matter device onto the hub's own fabric (matter pair)

Run 'yeondong <command> --help' for the options of a command.`;

type Command = (args: string[]) => Promise<number | undefined>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./serve.js')).serveCommand,
  simulate: async () => (await import('./simulate.js')).simulateCommand,
  devices: async () => (await import('./devices.js')).devicesCommand,
  say: async () => (await import('./say.js')).sayCommand,
  nlu: async () => (await import('./nlu.js')).nluCommand,
  clients: async () => (await import('./clients.js')).clientsCommand,
  people: async () => (await import('./people.js')).peopleCommand,
  matter: async () => (await import('./matter.js')).matterCommand,
};

export async function main(argv: string[]): Promise<number | undefined> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  if (name === '--version') {
    console.log('0.1.0');
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    const what = name.startsWith('-') ? 'option' : 'command';
    console.error(
      `yeondong: unknown ${what} '${name}'${didYouMean(name, Object.keys(COMMANDS))}; see 'yeondong --help'`,
    );
    return 2;
  }
  return (await load())(rest);
}
