// The parse CLI's command line: files (or - for stdin), --url URL / --url=URL, --help.
// Anything else is refused by name: an unknown option used to be taken for a file name.

export const USAGE = `usage: parse [--url URL] FILE...
  FILE     a saved report page: .html/.htm, or .txt (one line per paragraph); - reads stdin
  --url    the page's address (http or https), for the record and the checks that use it
  --help   this text
One file: one JSON object { meta, values, cells, sections, narrative, findings, warnings }.
Several files: one JSON object per line (JSON Lines), each with "file" first; a file that cannot
be read gets one line on stderr and the others are still read; the exit status is then 1.
Output that cannot be written: one line on stderr, exit 1; a reader that stops early (| head):
no message, exit 141 (as a program ended by SIGPIPE).`;

export type CliArgs = { help: true } | { help: false; files: string[]; url?: string };

/** The parsed command line, or the one-line reason it is wrong. */
export function parseArgs(args: string[]): CliArgs | { error: string } {
  const files: string[] = [];
  let url: string | undefined;
  let options = true;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (options && a === '--') options = false;
    else if (options && (a === '--help' || a === '-h')) return { help: true };
    else if (options && (a === '--url' || a.startsWith('--url='))) {
      const value = a === '--url' ? args[++i] : a.slice('--url='.length);
      if (value === undefined || value === '' || (a === '--url' && value.startsWith('--'))) return { error: '--url needs a value: --url https://…' };
      if (!isHttpUrl(value)) return { error: `--url ${value} is not an http(s) address` };
      url = value;
    } else if (options && a.startsWith('-') && a !== '-') return { error: `unknown option ${a} (see --help)` };
    else files.push(a);
  }
  if (files.length === 0) return { error: USAGE.split('\n')[0]! };
  if (files.filter((f) => f === '-').length > 1) return { error: 'stdin (-) can be read once' };
  return { help: false, files, ...(url ? { url } : {}) };
}

function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}
