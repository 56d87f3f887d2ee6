/** The bench's command-line options. */
export interface BenchArgs {
  repeats: number;
  quick: boolean;
  check: boolean;
  peers: string[];
  help: boolean;
}

/** How to call the bench. */
export const USAGE = `usage: npm run bench -- [--repeats N] [--quick] [--check] [--peer URL]…
  --repeats N   fresh-browser repeats per page (default 3; medians are reported)
  --quick       1 repeat and no long play (for development)
  --check       exit 1 and name every figure over its budget in bench/budgets.json
  --peer URL    also measure another game's URL in the same run (repeatable)`;

/** Parses argv (without node and script); returns an error message for bad input. */
export function parseArgs(argv: readonly string[]): BenchArgs | string {
  const args: BenchArgs = { repeats: 3, quick: false, check: false, peers: [], help: false };
  let repeatsGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] =
      a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--quick') args.quick = true;
    else if (flag === '--check') args.check = true;
    else if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag === '--repeats') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) return '--repeats needs a whole number of at least 1';
      args.repeats = n;
      repeatsGiven = true;
    } else if (flag === '--peer') {
      const url = value();
      if (!url || !/^https?:\/\//.test(url)) return '--peer needs an http(s) URL';
      try {
        args.peers.push(new URL(url).href);
      } catch {
        return `--peer: "${url}" is not a URL`;
      }
    } else return `unknown option ${a}`;
  }
  if (args.quick && !repeatsGiven) args.repeats = 1;
  return args;
}
