// "No work at all on other sites", from the built manifest: every content script's matches
// must stay on NREMT or Massachusetts eLicensing.
const ALLOWED_MATCH = /^https:\/\/(www\.)?nremt\.org\/|^https:\/\/healthprofessionlicensing\.mass\.gov\//;

export interface ManifestScope {
  matches: string[];
  outside: string[];
  contentScripts: number;
}

export interface ManifestLike {
  content_scripts?: { matches?: string[] }[];
}

export function contentScriptScope(manifest: ManifestLike): ManifestScope {
  const scripts = manifest.content_scripts ?? [];
  const matches = scripts.flatMap((script) => script.matches ?? []);
  return { matches, outside: matches.filter((match) => !ALLOWED_MATCH.test(match)), contentScripts: scripts.length };
}
