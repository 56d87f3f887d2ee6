import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDING_CODES, STOP_CODES } from '../../../src/core/findings/codes';

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8').replace(/\r\n/g, '\n');

const FINDING_DOC = 'docs/finding-codes.md';
const AUTHORING_DOC = 'docs/authoring.md';

/** The headings of a Markdown file (outside fenced code blocks), without the leading #s. */
function headings(text: string): string[] {
  let fenced = false;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (/^```/.test(line)) fenced = !fenced;
    const m = !fenced && /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (m) out.push(m[1]!.replace(/`/g, ''));
  }
  return out;
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading.toLowerCase().replace(/[^\p{L}\p{N}_\- ]/gu, '').replace(/ /g, '-');
}

/** The text of one code's section in finding-codes.md: from its heading to the next heading of the same level. */
function sectionOf(text: string, code: string): string {
  const start = text.search(new RegExp(`^## \`?${code}\`?\\s*$`, 'm'));
  if (start < 0) return '';
  const rest = text.slice(start + 1);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

describe.each([FINDING_DOC, AUTHORING_DOC])('%s', (doc) => {
  const text = read(doc);

  it.each([...FINDING_CODES])('has a heading for %s', (code) => {
    expect(headings(text), `${doc} needs a heading "${code}" (codes are only ever added: document the new one)`).toContain(code);
  });

  it('links only to files and headings that exist', () => {
    const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/.test(l));
    for (const link of links) {
      const [file, anchor] = link.split('#') as [string, string | undefined];
      const target = file === '' ? doc : resolve(dirname(resolve(ROOT, doc)), file);
      expect(existsSync(resolve(ROOT, target)), `${doc} links to ${link}, which does not exist`).toBe(true);
      if (anchor !== undefined && target.endsWith('.md')) {
        expect(headings(readFileSync(resolve(ROOT, target), 'utf8')).map(anchorOf), `${doc} links to ${link}: no such heading`).toContain(anchor);
      }
    }
  });
});

describe(FINDING_DOC, () => {
  const text = read(FINDING_DOC);

  it.each([...FINDING_CODES])('says whether %s stops the prescription, as the rules do', (code) => {
    const section = sectionOf(text, code);
    const expected = STOP_CODES.has(code) ? 'yes' : 'no';
    expect(section, `${FINDING_DOC}: the ${code} section needs a line "**Stops the prescription:** ${expected}…"`).toMatch(
      new RegExp(`\\*\\*Stops the prescription:\\*\\* ${expected}\\b`),
    );
  });
});

describe(AUTHORING_DOC, () => {
  const text = read(AUTHORING_DOC);
  const anchors = new Set(headings(read(FINDING_DOC)).map(anchorOf));

  it.each([...FINDING_CODES])('links %s to its section in finding-codes.md', (code) => {
    expect(text).toContain(`finding-codes.md#${code.toLowerCase()}`);
  });

  it('points every link into finding-codes.md at a heading that exists', () => {
    for (const m of text.matchAll(/finding-codes\.md#([\w-]+)/g)) expect(anchors, `no heading for #${m[1]}`).toContain(m[1]);
  });
});
