import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { SCORM12_SCHEMA_FILES, scormManifest } from '../../../../src/platform/lms/scorm12/manifest';
import { launchHref, parseArgs } from '../../../../tools/package-scorm';

const CP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';

function parse(xml: string): Document {
  const { DOMParser } = new JSDOM().window;
  return new DOMParser().parseFromString(xml, 'application/xml');
}

const launch = launchHref({ scenario: 'scenarios/shifts/calm-morning.json', mode: 'assessment' });
const xml = scormManifest({
  identifier: 'techshift-calm-morning',
  title: 'TechShift: "Calm" mornings & <evenings>',
  launch,
  files: ['index.html', 'assets/index-abc.js', 'audio/door-chime.mp3'],
});
const doc = parse(xml);
const one = (name: string) => {
  const found = doc.getElementsByTagNameNS(CP, name);
  expect(found, `exactly one <${name}>`).toHaveLength(1);
  return found[0]!;
};

describe('the SCORM 1.2 manifest', () => {
  it('is well-formed XML even with quotes, ampersands and angle brackets in the title', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('manifest');
    expect(doc.documentElement.namespaceURI).toBe(CP);
    expect(one('organization').getElementsByTagNameNS(CP, 'title')[0]?.textContent).toBe('TechShift: "Calm" mornings & <evenings>');
  });

  it('declares ADL SCORM 1.2 metadata and points at the schema files shipped beside it', () => {
    expect(one('schema').textContent).toBe('ADL SCORM');
    expect(one('schemaversion').textContent).toBe('1.2');
    const locations = doc.documentElement.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'schemaLocation')!.split(/\s+/);
    for (const file of ['imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'adlcp_rootv1p2.xsd']) expect(locations).toContain(file);
    expect([...SCORM12_SCHEMA_FILES].sort()).toEqual(['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd']);
  });

  it('has one organization with one item that opens one webcontent SCO at the launch URL', () => {
    const organizations = one('organizations');
    const organization = one('organization');
    expect(organizations.getAttribute('default')).toBe(organization.getAttribute('identifier'));
    const item = one('item');
    const resource = one('resource');
    expect(item.getAttribute('identifierref')).toBe(resource.getAttribute('identifier'));
    expect(resource.getAttribute('type')).toBe('webcontent');
    expect(resource.getAttributeNS(ADLCP, 'scormtype')).toBe('sco');
    expect(resource.getAttribute('href')).toBe('index.html?scenario=scenarios/shifts/calm-morning.json&mode=assessment');
    const files = [...resource.getElementsByTagNameNS(CP, 'file')].map((f) => f.getAttribute('href'));
    expect(files).toEqual(['index.html', 'assets/index-abc.js', 'audio/door-chime.mp3']);
  });

  it('makes identifiers that are XML IDs', () => {
    const odd = parse(scormManifest({ identifier: '2026 spring: week 1', title: 't', launch: 'index.html', files: [] }));
    const id = odd.documentElement.getAttribute('identifier')!;
    expect(id).toMatch(/^[A-Za-z_][A-Za-z0-9_.-]*$/);
  });
});

describe('package:scorm options', () => {
  const root = new URL('../../../../', import.meta.url).pathname;

  it('defaults to the whole library in assessment mode', () => {
    const options = parseArgs([], root);
    expect(options.scenario).toBeNull();
    expect(options.mode).toBe('assessment');
    expect(options.out.endsWith('techshift-scorm.zip')).toBe(true);
    expect(launchHref(options)).toBe('index.html?mode=assessment');
  });

  it('launches one encounter or one shift, in the mode asked for', () => {
    const encounter = parseArgs(['--scenario', 'scenarios/encounters/fill-lisinopril-refill-day.json', '--mode', 'practice'], root);
    expect(launchHref(encounter)).toBe('index.html?scenario=scenarios/encounters/fill-lisinopril-refill-day.json&mode=practice');
    const shift = parseArgs(['--shift', 'scenarios/shifts/busy-afternoon.json', '--out', '/tmp/x.zip', '--use-dist'], root);
    expect(shift).toMatchObject({ scenario: 'scenarios/shifts/busy-afternoon.json', out: '/tmp/x.zip', useDist: true });
  });

  it('refuses what it cannot package, with the reason', () => {
    expect(() => parseArgs(['--mode', 'exam'], root)).toThrow('--mode is practice or assessment');
    expect(() => parseArgs(['--shift', 'scenarios/encounters/fill-lisinopril-refill-day.json'], root)).toThrow(
      '--shift expects a file under scenarios/shifts/',
    );
    expect(() => parseArgs(['--scenario', 'a.json', '--shift', 'scenarios/shifts/b.json'], root)).toThrow(
      'give one of --scenario or --shift',
    );
    expect(() => parseArgs(['--out'], root)).toThrow('--out needs a value');
    expect(() => parseArgs(['--zip'], root)).toThrow('unknown option --zip');
  });
});
