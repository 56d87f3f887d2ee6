/** The schema files an ADL SCORM 1.2 package carries at its root, next to imsmanifest.xml. */
export const SCORM12_SCHEMA_FILES = ['imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd'] as const;

/** What the one SCO of the package is. */
export interface ManifestOptions {
  /** Unique id of the package; made into an XML ID. */
  identifier: string;
  /** Shown by the LMS as the course activity's name. */
  title: string;
  /** The launch page with its query, e.g. "index.html?scenario=scenarios/shifts/calm-morning.json&mode=assessment". */
  launch: string;
  /** Every file of the game, relative to the package root (the resource lists them). */
  files: readonly string[];
}

/** Text for an XML attribute or element. */
export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** An xsd:ID: a letter first, then letters, digits, '-', '_' and '.'. */
export function xmlId(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_.-]+/g, '-');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `id-${cleaned}`;
}

/**
 * imsmanifest.xml for a SCORM 1.2 package with one organization, one item and one webcontent
 * SCO. No mastery score is declared: TechShift decides passed or failed itself (a critical
 * error fails whatever the score), and an LMS would otherwise override it from the raw score.
 */
export function scormManifest(options: ManifestOptions): string {
  const id = xmlId(options.identifier);
  const files = options.files.map((f) => `      <file href="${xmlText(f)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${xmlText(options.title)}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${xmlText(options.title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${xmlText(options.launch)}">
${files}
    </resource>
  </resources>
</manifest>
`;
}
