import { DEFAULT_LAB_CONFIG, labConfigSchema, type LabConfig } from './labConfigSchema';

/** The file's name, beside index.html; fetched relative to the page so the game runs from any folder. */
export const LAB_CONFIG_FILE = 'techshift.config.json';

/** A slow or hung server must not keep the game from starting. */
const TIMEOUT_MS = 4000;

export interface LabConfigDeps {
  fetch?: typeof globalThis.fetch;
  /** console.warn in the browser: a note for the admin, never an error that stops the page. */
  warn?: (message: string) => void;
}

/**
 * Reads the lab configuration at boot. Never throws and never blocks for long: a missing file is
 * silent (most installs have none), and a broken one is ignored, whole, with one console note that
 * names the problem, so an admin can see it in the developer tools.
 */
export async function loadLabConfig(deps: LabConfigDeps = {}): Promise<LabConfig> {
  const fetchFile = deps.fetch ?? globalThis.fetch?.bind(globalThis);
  const warn = deps.warn ?? ((message: string) => console.warn(message));
  const ignore = (problem: string) => {
    warn(`TechShift: ${LAB_CONFIG_FILE} was ignored, so the defaults apply: ${problem}`);
    return DEFAULT_LAB_CONFIG;
  };
  if (!fetchFile) return DEFAULT_LAB_CONFIG;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  let text: string;
  try {
    const response = await fetchFile(LAB_CONFIG_FILE, { cache: 'no-store', headers: { Accept: 'application/json' }, signal: abort.signal });
    if (response.status === 404 || response.status === 410) return DEFAULT_LAB_CONFIG;
    if (!response.ok) return ignore(`the server answered ${response.status} ${response.statusText}`.trim());
    // A server that answers every path with its start page has no such file.
    if ((response.headers.get('content-type') ?? '').includes('text/html')) return DEFAULT_LAB_CONFIG;
    text = await response.text();
  } catch {
    // No server to ask (file://, offline) or it never answered: run with the defaults.
    if (abort.signal.aborted) return ignore(`the server took more than ${TIMEOUT_MS / 1000} seconds to send it`);
    return DEFAULT_LAB_CONFIG;
  } finally {
    clearTimeout(timer);
  }
  return parseLabConfig(text, ignore);
}

/** Checks the file's text; `ignore` is told what is wrong, in plain words, and gives the defaults. */
export function parseLabConfig(text: string, ignore: (problem: string) => LabConfig): LabConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return ignore(`it is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = labConfigSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : 'the file';
    return `${where}: ${issue.message}`;
  });
  return ignore(problems.join('; '));
}
