// What `recert` accepts as a page file, checked before anything is parsed: a size limit (a saved
// page is well under it; parsing a far bigger file could exhaust memory), and text that is an
// HTML page or a JSON snapshot at all (an empty or binary file is neither).

/** Saved NREMT and eLicensing pages ("HTML only") are a few hundred kB; 5,000 courses ~2 MB. */
export const MAX_PAGE_BYTES = 10 * 1024 * 1024;

export function sizeProblem(bytes: number): string | null {
  if (bytes <= MAX_PAGE_BYTES) return null;
  const mb = (n: number) => `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  return `${mb(bytes)} is over the ${mb(MAX_PAGE_BYTES)} limit for a saved page (save it as "Webpage, HTML Only")`;
}

const NOT_A_PAGE = 'not an HTML page or snapshot';

/** Why `text` cannot be a saved page or snapshot, or null when it may be one. */
export function contentProblem(text: string, isJson: boolean): string | null {
  if (text.trim() === '') return `${NOT_A_PAGE} (the file is empty)`;
  const head = text.slice(0, 65_536);
  // Binary data: NUL bytes, or bytes that are not UTF-8 (decoded as U+FFFD).
  let replaced = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code === 0) return `${NOT_A_PAGE} (binary data)`;
    if (code === 0xfffd) replaced++;
  }
  if (replaced > head.length / 100) return `${NOT_A_PAGE} (binary data)`;
  if (!isJson && !/<\s*[a-z!]/i.test(head)) return `${NOT_A_PAGE} (no HTML tags)`;
  return null;
}
