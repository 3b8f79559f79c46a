export interface BenchOptions {
  db: 'sqlite' | 'postgres';
  officers: number;
  units: number;
  requests: number;
  seed: number;
  importRows: number;
  spa: boolean;
  out?: string;
}

const USAGE =
  'npm run bench -- --db sqlite|postgres --officers 100000 --units 1000 [--requests 2000] [--import-rows 10000] [--seed 2023] [--no-spa]';

/** The flags that take a positive whole number, and the option each sets. */
const COUNTED_FLAGS = new Map<string, 'officers' | 'units' | 'requests' | 'seed' | 'importRows'>([
  ['--officers', 'officers'],
  ['--units', 'units'],
  ['--requests', 'requests'],
  ['--seed', 'seed'],
  ['--import-rows', 'importRows'],
]);

/** `--name value` flags; unknown flags stop with the usage line. */
export function parseArgs(argv: string[]): BenchOptions {
  const options: BenchOptions = {
    db: 'sqlite',
    officers: 100_000,
    units: 1000,
    requests: 2000,
    seed: 2023,
    importRows: 10_000,
    spa: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    const number = () => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive whole number\n${USAGE}`);
      i++;
      return n;
    };
    const counted = COUNTED_FLAGS.get(flag);
    if (counted) {
      options[counted] = number();
      continue;
    }
    switch (flag) {
      case '--db':
        if (value !== 'sqlite' && value !== 'postgres') throw new Error(`--db is sqlite or postgres\n${USAGE}`);
        options.db = value;
        i++;
        break;
      case '--no-spa':
        options.spa = false;
        break;
      case '--out':
        options.out = value;
        i++;
        break;
      default:
        throw new Error(`unknown flag ${flag}\n${USAGE}`);
    }
  }
  return options;
}
