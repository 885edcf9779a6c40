// Pages that show nobody's record though they hold a record's parts: a sign-in page, a help or
// knowledge-base article, a guide with sample values, a discussion among several people. Judged in the background (judge-page.ts)
// from the page's outline and title, for a page whose kind was told only by what it holds (a page
// whose heading names it is its kind): the content script carries none of this vocabulary.
import type { OutlineLine } from '../model';
import { namesNremt, namesOwnDashboard, namesOwnNremtPage } from './classify';
import { hasDigit, sentencesOf } from './cut';
// A sign-in page ("Sign in to your NREMT account", "NREMT Login") shows nobody's record.
import { SIGN_IN } from './names';
import { ownFactsShown } from './typed-facts';
import { hasPhrase, isPhrase, phrases, startsWithPhrase, TITLE_PARTS, wordsOf } from './words';

// A guide or help article shows made-up values as samples: two of these kinds of words say so
// (one "e.g." placeholder on a real page does not).
const SAMPLE_WORDS = [phrases('sample*'), phrases('example*'), phrases('made up', 'fictional', 'fictitious', 'not real')];
// A help or knowledge-base article explains the pages with examples: it is none of them.
const HELP = phrases('help center', 'help centre', 'knowledge base', 'faq', 'faqs', 'frequently asked questions', 'support article');
// A help site names itself in the title: "Entering courses - NREMT Help", "Recertification Help | …".
const HELP_SITE = phrases('help', 'support');
// A tool anyone writes in ("Crew Wiki", "Google Docs"): a help site's title unless a line names
// the page as the writer's own NREMT page (see namesOwnNremtPage) or the page states one person's
// certification beside its labels (typed-facts.ts).
const TOOL_SITE = phrases('docs', 'wiki', 'documentation');
// A discussion (a forum thread, a comments page) is several people's posts: what one of them
// copied of a record is not the reader's. Two of these kinds of lines say so: a post's control
// alone on its line, a byline's time or author, a count of the posts.
const POST_CONTROL = phrases('reply', 'permalink', 'quote', 'reply with quote', 'add a comment');
const BYLINE = phrases('ago', 'posted by', 'submitted by');
const POST_COUNT = phrases('comment', 'comments', 'replies', 'posts');
// A labelled line this long is a sentence that opens with a label, not a value beside it.
const PROSE_LENGTH = 80;

/** A sign-in page, a help article, a guide's samples or a discussion, by its main headings, lines and title. */
/** A statement, not a question, naming the writer's own NREMT page ("Is my NREMT Manage Education going to…?" asks of it). */
function statesOwnNremtPage(text: string): boolean {
  const parts = text.split('?');
  // Each part before a question mark ends in its question.
  // The site may be named in another of the writer's sentences of the paragraph.
  const siteNamed = namesNremt(text);
  return parts.some((part, at) => sentencesOf(part).slice(0, at < parts.length - 1 ? -1 : undefined).some((sentence) => namesOwnNremtPage(sentence, siteNamed, true)));
}

export function showsNoRecord(outline: readonly OutlineLine[], title: string): boolean {
  const headings = outline.flatMap((line) => (line.heading !== undefined && line.heading <= 2 && line.text ? [line.text] : []));
  const titleParts = title.split(TITLE_PARTS);
  const main = headings[0];
  // The title's part opening or ending so ("Sign in | NREMT", "NREMT Login"), not a phrase inside a thread's subject ("Is my CE log on track?").
  const signIn = (words: string[]): boolean => startsWithPhrase(words, SIGN_IN) || isPhrase(words.slice(-1), SIGN_IN) || isPhrase(words.slice(-2), SIGN_IN);
  if ((main && startsWithPhrase(wordsOf(main), SIGN_IN)) || titleParts.some((part) => signIn(wordsOf(part)))) return true;
  const samples = new Set<number>();
  const discussion = new Set<number>();
  for (const line of outline) {
    // A line of text or a labelled value (a guide's example is often drawn as "Name: Jordan A. Sample"), not a heading.
    if (line.heading !== undefined || line.text === undefined) continue;
    const text = line.text;
    SAMPLE_WORDS.forEach((forms, at) => hasPhrase(text, forms) && samples.add(at));
    const words = wordsOf(text);
    if (isPhrase(words, POST_CONTROL)) discussion.add(0);
    if (words.length <= 12 && hasPhrase(words, BYLINE)) discussion.add(1);
    if (words.length <= 3 && hasDigit(text) && hasPhrase(words, POST_COUNT)) discussion.add(2);
  }
  const siteWord = (set: typeof HELP_SITE): boolean => titleParts.some((part) => isPhrase(wordsOf(part).slice(-1), set));
  // (The site may be named on another line: "Can you paste what your NREMT transcript shows?" above "this is straight off my transcript page".)
  const ownLine = (): boolean => {
    const siteNamed = outline.some((line) => line.text !== undefined && namesNremt(line.text));
    return outline.some((line) => line.label === undefined && line.text !== undefined && namesOwnNremtPage(line.text, siteNamed));
  };
  const ownPage = (): boolean => ownLine() || ownFactsShown(outline);
  return (
    headings.some((text) => hasPhrase(text, HELP)) ||
    samples.size >= 2 ||
    // A journal's or a forum's post may state what its writer's own dashboard or transcript shows ("I
    // went through the NREMT Dashboard…", "copied off my NREMT transcript page"): the background
    // still asks one person's whole certification of it.
    // A line opening with a label and running on as prose ("Cert expires: 3/31/2027 . My last recert … on the NREMT dashboard …") is one too.
    (discussion.size >= 2 && !outline.some((line) => (line.label === undefined || (line.text?.length ?? 0) > PROSE_LENGTH) && line.heading === undefined && line.text !== undefined && (namesOwnDashboard(line.text) || statesOwnNremtPage(line.text)))) ||
    // A help center's ticket where the person says they paste their own page ("Here is my transcript copied from
    // NREMT") is theirs; its facts alone are no such word (a help export's labelled samples).
    (hasPhrase(title, HELP) && !ownLine()) ||
    // A support site's chat where the person pastes their own page ("this is straight off my transcript page") is theirs.
    ((siteWord(HELP_SITE) || siteWord(TOOL_SITE)) && !ownPage())
  );
}
