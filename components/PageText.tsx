// Text that came from a page (course titles, names, row excerpts). Isolated for bidirectional
// text, so a right-to-left override inside cannot reorder our own words around it, and allowed to
// wrap anywhere, so one long unbroken title cannot widen the panel. Always text, never HTML.

export function PageText({ text, class: className }: { text: string; class?: string }) {
  return <bdi class={className ? `rc-page-text ${className}` : 'rc-page-text'}>{text}</bdi>;
}

/** Our sentence with page strings inside it (a course title in a warning): each one isolated. */
export function WithPageText({ message, pageStrings }: { message: string; pageStrings: ReadonlyArray<string | null | undefined> }) {
  const found = pageStrings.filter((s): s is string => !!s && message.includes(s));
  if (found.length === 0) return <>{message}</>;
  const parts: Array<string | { page: string }> = [];
  let rest = message;
  while (rest) {
    let at = -1;
    let which = '';
    for (const s of found) {
      const i = rest.indexOf(s);
      if (i !== -1 && (at === -1 || i < at)) [at, which] = [i, s];
    }
    if (at === -1) {
      parts.push(rest);
      break;
    }
    if (at > 0) parts.push(rest.slice(0, at));
    parts.push({ page: which });
    rest = rest.slice(at + which.length);
  }
  return <>{parts.map((part, i) => (typeof part === 'string' ? part : <PageText key={i} text={part.page} />))}</>;
}
