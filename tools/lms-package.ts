// The files an LMS reads in a package, and the zip it is uploaded as. SCORM 1.2: imsmanifest.xml at the zip's root,
// one organization with one item and one SCO (index.html), every file of the build listed as the SCO's resource.
// cmi5: cmi5.xml at the root, one course with one AU launched from index.html. Both are written from the game's own
// version and description; the zip holds files at relative paths only.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

export const COURSE = {
  id: 'urn:beyond-the-numbers:course:northmoor',
  title: 'Beyond the Numbers: Northmoor',
  description: 'Chair a local safeguarding children board through four years of pressure, then see in the debrief what the numbers hid. About 60-90 minutes, with a short check of understanding before and after.',
};

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function scormManifest(files: readonly string[], version: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="beyond-the-numbers-${xml(version)}" version="${xml(version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="beyond-the-numbers">
    <organization identifier="beyond-the-numbers">
      <title>${xml(COURSE.title)}</title>
      <item identifier="northmoor" identifierref="game" isvisible="true">
        <title>${xml(COURSE.title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="game" type="webcontent" adlcp:scormtype="sco" href="index.html">
${files.map((f) => `      <file href="${xml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

export function cmi5Course(version: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xml(COURSE.id)}">
    <title><langstring lang="en-GB">${xml(COURSE.title)}</langstring></title>
    <description><langstring lang="en-GB">${xml(COURSE.description)}</langstring></description>
  </course>
  <au id="${xml(COURSE.id)}:au:${xml(version)}" moveOn="Completed" launchMethod="OwnWindow">
    <title><langstring lang="en-GB">${xml(COURSE.title)}</langstring></title>
    <description><langstring lang="en-GB">${xml(COURSE.description)}</langstring></description>
    <url>index.html</url>
  </au>
</courseStructure>
`;
}

/** Writes the standard's file into `outDir` and zips the folder, paths relative to it, into `zipPath`. */
export function writePackage(kind: 'scorm12' | 'cmi5', outDir: string, zipPath: string, version: string): void {
  const files = filesUnder(outDir).map((f) => relative(outDir, f).split('\\').join('/')).sort();
  if (kind === 'scorm12') writeFileSync(join(outDir, 'imsmanifest.xml'), scormManifest(files, version));
  else writeFileSync(join(outDir, 'cmi5.xml'), cmi5Course(version));
  const all = filesUnder(outDir).map((f) => relative(outDir, f).split('\\').join('/')).sort();
  // a fixed date: the same build gives the same zip
  writeFileSync(zipPath, zipSync(Object.fromEntries(all.map((f) => [f, [readFileSync(join(outDir, f)), { mtime: new Date('2026-01-01T00:00:00Z') }]]))));
}
