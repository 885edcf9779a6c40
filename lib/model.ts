// The shapes that cross every boundary: what a page reader produces (PageSnapshot), what the
// merge keeps per person (ProviderRecord), and what the engine concludes (Report).
// zod/mini keeps the content scripts small; every boundary (page, storage, message) parses here.
import * as z from 'zod/mini';
import {
  LEVELS,
  COMPONENTS,
  TOPICS,
  PAGE_KINDS,
  APPLICATION_STATUSES,
  AGENCY_STATUSES,
  LICENSE_STATUSES,
  PHASES,
  STEP_A_STATUSES,
  STEP_B_STATUSES,
  COURSE_PROBLEMS,
  CHECK_STATES,
  RENEWAL_STATES,
  URGENCIES,
  SITES,
  CONTROLS,
  RECORD_FIELDS,
} from './vocabulary';

export * from './vocabulary';

/** A real day of the calendar: 2027-13-45 and 2026-02-30 are not (they would break date math later). */
function isCalendarDay(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO calendar date, yyyy-mm-dd. Dates never carry a time or zone. */
export const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/),
  z.refine(isCalendarDay, { message: 'not a real calendar date' }),
);

export const Level = z.enum(LEVELS);
export const Component = z.enum(COMPONENTS);
export const Topic = z.enum(TOPICS);
export const PageKind = z.enum(PAGE_KINDS);

export const Course = z.object({
  title: z.string(),
  completedOn: z.nullable(isoDate),
  hours: z.number().check(z.minimum(0)),
  component: z.nullable(Component),
  topic: z.nullable(Topic),
  approvalNumber: z.nullable(z.string()),
  /** The course's full hours, when the page shows them beside the part applied here ("2.00 of 3.00 applied"). */
  courseHours: z.optional(z.number().check(z.minimum(0))),
});

/** A row or block the reader saw but could not make sense of: reported, never counted as 0 h. */
export const UnreadRow = z.object({ text: z.string(), reason: z.string() });

export const Certification = z.object({
  level: z.optional(z.nullable(Level)),
  expiresOn: z.optional(z.nullable(isoDate)),
  cycleStart: z.optional(z.nullable(isoDate)),
});

export const Person = z.object({
  name: z.optional(z.nullable(z.string())),
  registryNumber: z.optional(z.nullable(z.string())),
  licenseNumber: z.optional(z.nullable(z.string())),
});

export const Agency = z.object({
  name: z.nullable(z.string()),
  /** Absent when the page names the agency without any status (an application's "Agency: …"). */
  status: z.optional(z.enum(AGENCY_STATUSES)),
});

export const Application = z.object({
  status: z.nullable(z.enum(APPLICATION_STATUSES)),
  submitButton: z.boolean(),
  /** false when the page shows the button disabled; absent when there is no button. */
  submitButtonEnabled: z.optional(z.boolean()),
  paid: z.optional(z.nullable(z.boolean())),
  /** NREMT's own status wording ("Pending Training Officer Sign Off"), when shown. */
  statusText: z.optional(z.nullable(z.string())),
  /** The reasons NREMT gives for returning the application, in its words. */
  returnReasons: z.optional(z.array(z.string())),
});

/** The eLicensing renewal application (Step B), read from its own pages. */
export const RenewalApplication = z.object({
  state: z.nullable(z.enum(RENEWAL_STATES)),
  /** The state fee: true when the page shows it paid. */
  paid: z.nullable(z.boolean()),
  /** The page shows the application's own submit control. */
  submitControl: z.boolean(),
  /** The license expiration stored when this was read: a renewal belongs to that license period. */
  forExpiration: z.optional(z.nullable(isoDate)),
});

export const License = z.object({
  number: z.nullable(z.string()),
  level: z.optional(z.nullable(Level)),
  status: z.nullable(z.enum(LICENSE_STATUSES)),
  expiresOn: z.nullable(isoDate),
  /** What eLicensing says about a renewal application in progress, in its own words. */
  renewalStatus: z.optional(z.nullable(z.string())),
});

/**
 * Required hours as NREMT's Manage Education shows them per section ("24.50 / 25.00" beside
 * National, "Required: 4" beside Trauma). Absent figures: our rule table applies.
 */
export const PageRequirements = z.object({
  national: z.optional(z.number()),
  local: z.optional(z.number()),
  individual: z.optional(z.number()),
  topics: z.optional(z.partialRecord(Topic, z.number())),
});

/**
 * Whether the page showed the whole course list. A pager, a virtualised grid, "Loading…", a
 * collapsed section or an active filter make a read partial: it may add courses, never remove.
 */
export const ListCoverage = z.object({
  complete: z.boolean(),
  shown: z.optional(z.number()),
  total: z.optional(z.number()),
  reason: z.optional(z.string()),
});

/** The NREMT role the page was seen under; a Training Officer's pages show other people's data. */
export const PageRole = z.enum(['provider', 'training-officer']);

/**
 * A figure the page shows for a component or National topic ("23.5 of 25", a progress bar)
 * that disagrees with the hours of the courses read under it: both are kept so the panel can
 * say so and trust neither blindly.
 */
export const PageFigure = z.object({
  component: Component,
  topic: z.nullable(Topic),
  /** Hours the page itself shows as entered. */
  shown: z.number(),
  /** Hours of the courses read there. */
  read: z.number(),
});

/** A line of the top of a page (lib/readers/chrome.ts): where the signed-in person's name may be. */
export const TopLine = z.object({
  text: z.string(),
  heading: z.optional(z.boolean()),
  alone: z.boolean(),
  shown: z.optional(z.string()),
  menu: z.optional(z.boolean()),
});

/** What a coverage walk found (lib/readers/coverage.ts): the evidence, not yet the judgement. */
export const CoverageSignals = z.object({
  loading: z.boolean(),
  virtual: z.nullable(z.object({ present: z.number(), total: z.number() })),
  pager: z.boolean(),
  collapsed: z.boolean(),
  filter: z.boolean(),
  pagerText: z.nullable(z.string()),
  /** Shown short texts that may say the list is still loading: judged in the background. */
  loadingTexts: z.optional(z.array(z.string())),
  /** Shown short texts that may say how much of the list is shown: judged in the background. */
  pagerTexts: z.optional(z.array(z.string())),
  /** Shown selects that may narrow the list (a component, topic, year…): their labels and chosen options, judged in the background. */
  filterSelects: z.optional(z.array(z.tuple([z.string(), z.string()]))),
  /** The controls' labels of shown boxes around a "2" control that may be numbered page links: judged in the background. */
  pageLinks: z.optional(z.array(z.array(z.string()))),
  /** Shown, enabled controls' short labels that may show more of the list: judged in the background. */
  moreLabels: z.optional(z.array(z.string())),
  /** Shown closed toggles' labels that may name a section of the list: judged in the background. */
  closedLabels: z.optional(z.array(z.string())),
});

/**
 * A line of a page's outline, in reading order (lib/readers/read-page.ts): a heading (its level),
 * a free line or a labelled value ("Label: value"), or a table (no text).
 */
/**
 * A table of the outline as text (lib/readers/dashboard-tables.ts): the columns its header names
 * and its body rows' cells; without a header, its rows and the first rows' distinct cells.
 */
export const TableText = z.object({
  columns: z.optional(z.record(z.string(), z.number())),
  rows: z.array(z.array(z.string())),
  /** Each body row's whole text, when the rows are an agency's. */
  texts: z.optional(z.array(z.string())),
  /** A table without a header: its first rows' distinct cells (a caption, a header by its words). */
  head: z.optional(z.array(z.array(z.string()))),
});

export const OutlineLine = z.object({
  text: z.optional(z.string()),
  heading: z.optional(z.number()),
  /** A heading or line inside a navigation menu: it names the menu, not the page (classify.ts, line-records.ts). */
  nav: z.optional(z.boolean()),
  /** A labelled value: its label (the text is "label: value"). */
  label: z.optional(z.string()),
  /** A table a dashboard fact may sit in, as text. */
  table: z.optional(TableText),
  /** A table's Registry Number column: each row's number, then its status when the table has one. */
  registry: z.optional(z.array(z.array(z.string()))),
  /** A plain-text printout's text (a <pre>), read into lines in the background (preformatted.ts withPrintouts). */
  pre: z.optional(z.string()),
  /** A card drawn in SVG: its words where they are placed, read into lines in the background (preformatted.ts withPrintouts). */
  drawn: z.optional(z.array(z.object({ text: z.string(), x: z.number(), y: z.number(), anchor: z.nullable(z.string()) }))),
  /** A line whose "Label: value" pairs are read in the background (scan.ts SaidEvent; `m` its mode): read into lines first (record-pieces.ts). */
  said: z.optional(z.string()),
  m: z.optional(z.number()),
});

/** A line that may name an eLicensing page's licensee (lib/readers/licensee.ts). */
export const LicenseeLine = z.object({
  text: z.string(),
  /** The value of a field labelled as the name. */
  labelled: z.optional(z.boolean()),
  /** A line where a bare name counts too (not only one after "Signed in as"). */
  bare: z.optional(z.boolean()),
  /** A header item of several parts: a line only where it holds a name beside a menu. */
  menu: z.optional(z.boolean()),
});

/**
 * What an eLicensing license or renewal page shows, in reading order, as its content script sends
 * it for the background to judge (lib/readers/license-events.ts): headings, lines and controls
 * (a <dt>'s own <dd> beside it), labelled values, and tables as text.
 */
export const LicenseEvent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), text: z.string(), dd: z.optional(z.string()) }),
  z.object({ kind: z.literal('title'), text: z.string(), dd: z.optional(z.string()) }),
  z.object({ kind: z.literal('button'), text: z.string(), disabled: z.boolean(), dd: z.optional(z.string()) }),
  z.object({ kind: z.literal('pair'), label: z.string(), value: z.string(), inTable: z.optional(z.boolean()) }),
  z.object({
    kind: z.literal('table'),
    /** Its first rows' text (a fees table). */
    rows: z.array(z.string()),
    /** Where it has license fields' columns: which column holds each, and its body rows' cells. */
    columns: z.optional(z.record(z.string(), z.number())),
    cells: z.optional(z.array(z.array(z.string()))),
  }),
]);

/** One piece of text inside a course record (a cell, a line, a "Label: value" value): see lib/readers/records.ts. */
export const RecordAtom = z.object({
  text: z.string(),
  /** The field its label, header cell or column header names, if any. */
  field: z.optional(z.nullable(z.enum(RECORD_FIELDS))),
  /** The label or header words as written. */
  label: z.optional(z.nullable(z.string())),
  /** A heading or bold line: the likeliest title. */
  prominent: z.optional(z.boolean()),
  /** Free text that takes the same few values card after card (a category, category-pieces.ts): no title. */
  repeated: z.optional(z.boolean()),
});

/**
 * What the record finder saw of a course list, in reading order: the headings and short lines
 * around the records (they may name a component or topic, or say the list is empty), and each
 * record (or a sibling shaped like one) as its pieces; `row`: the record is a table row, its
 * text (when not given) its pieces side by side.
 */
export const RecordItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), level: z.number(), text: z.string() }),
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({ kind: z.enum(['record', 'unread']), atoms: z.array(RecordAtom), text: z.optional(z.string()), row: z.optional(z.boolean()) }),
]);

/** A course list's items as read (one list per part of a page read in parts), with the order its numeric dates were read in. */
export const RecordList = z.object({ dateOrder: z.number(), items: z.array(RecordItem) });

/**
 * A record's text as the content script sends it, in reading order (records.ts atomsOf): the
 * background reads its pieces into atoms (record-pieces.ts), so the content script carries none
 * of the text's reading. `t`: a text as shown (`p` prominent, `c` its column's header words, `f`
 * a remark after it, left out when it is one); `l`/`lf`: a label naming the next text; `a`: an atom
 * read whole; `n`: the end of a cell holding the `n` pieces before it (`r`: rows of its own); `z`:
 * a new element's pieces (a label does not name past it).
 */
export const RecordPiece = z.union([
  z.object({ t: z.string(), p: z.optional(z.boolean()), c: z.optional(z.string()), f: z.optional(z.string()) }),
  z.object({ l: z.string(), lf: z.enum(RECORD_FIELDS) }),
  z.object({ a: RecordAtom }),
  z.object({ n: z.number(), r: z.optional(z.boolean()) }),
  z.object({ z: z.boolean() }),
]);

/**
 * A course list's items as the content script sends them: a record's pieces (`side`: its text is
 * its pieces side by side; `quiet`: not shown unless a piece has text), and `pop`: the unread
 * items marked `g` just before it stand above column titles, dropped unless they name a section.
 */
export const SentRecordItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), level: z.number(), text: z.string() }),
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({
    kind: z.enum(['record', 'unread']),
    pieces: z.array(RecordPiece),
    text: z.optional(z.string()),
    row: z.optional(z.boolean()),
    side: z.optional(z.boolean()),
    quiet: z.optional(z.boolean()),
    g: z.optional(z.number()),
  }),
  z.object({ kind: z.literal('pop'), g: z.number() }),
]);
export const SentRecordList = z.object({ dateOrder: z.number(), items: z.array(SentRecordItem) });

/**
 * What a page shows that is judged after reading, away from the page (the background judges it
 * for the content scripts, lib/readers/judge-page.ts): facts stated in sentences, the person in
 * the page's chrome, how much of the course list the page shows and its own hours figures.
 */
export const PageEvidence = z.object({
  /** The page's headings, lines of text, labelled values and tables, in reading order. */
  outline: z.optional(z.array(OutlineLine)),
  /** The page's top lines: where the signed-in person may be named (lib/readers/chrome.ts). */
  top: z.optional(z.array(TopLine)),
  /** The page's <title>: it may name the page's person ("Transcript: Keanu Alvarez-Whitfield"). */
  title: z.optional(z.string()),
  /** eLicensing license and renewal pages: what the license readers judge, and the numeric date order read under (see parse-date.ts). */
  license: z.optional(z.object({ events: z.array(LicenseEvent), dateOrder: z.optional(z.number()) })),
  /** eLicensing pages that name a license: the lines that may name its licensee. */
  licensee: z.optional(z.array(LicenseeLine)),
  /** The page's own dates prove numeric dates are written day first ("14/10/2025"). */
  dayFirst: z.optional(z.boolean()),
  /** No heading or title named the page's kind, what it holds told it (see lib/readers/not-a-record.ts). */
  byContent: z.optional(z.boolean()),
  /** A saved dashboard told only by three certification facts beside their labels: their values' types confirm it (lib/readers/typed-facts.ts). */
  typedFacts: z.optional(z.boolean()),
  /** A page of course records told only by naming NREMT: its person's whole certification, read from it, confirms it (lib/readers/typed-facts.ts). */
  ownFacts: z.optional(z.boolean()),
  /**
   * What the background tells an NREMT page's kind from besides its outline and title (the content
   * script reads every kind's evidence and does not classify: lib/readers/judge-kind.ts): the text
   * of the menu item marked as the current page, how many course records the record finder found,
   * whether a table's header names a course's title and hours or a license number, whether a
   * control says "Submit Application", what the page shows of the role it is seen under.
   */
  signals: z.optional(
    z.object({
      current: z.optional(z.string()),
      records: z.number(),
      courseTable: z.optional(z.boolean()),
      /** The page shows a printout (a <pre>, read into its lines by the readers): its records are its lines'. */
      printout: z.optional(z.boolean()),
      licenseTable: z.optional(z.boolean()),
      submitButton: z.optional(z.boolean()),
      /** What the page shows of its role (lib/readers/role.ts roleEvidence): judged by seenAs. */
      role: z.optional(
        z.object({
          selects: z.optional(z.array(z.tuple([z.string(), z.string()]))),
          buttons: z.optional(z.array(z.string())),
          headings: z.optional(z.array(z.string())),
        }),
      ),
    }),
  ),
  /** Application pages: what only the page can tell (see lib/readers/application-evidence.ts). */
  application: z.optional(
    z.object({
      /** Each application table's rows: the Status cell's text and the row's date ('' when none). */
      tables: z.array(z.array(z.tuple([z.string(), z.string()]))),
      /** The text of each step a status bar marks as current. */
      steps: z.array(z.string()),
      /** The Submit Application control, when the page shows one. */
      control: z.optional(z.object({ disabled: z.boolean() })),
    }),
  ),
  /** The course lists the page shows, each read into the courses it holds in the background (lib/readers/record-courses.ts). */
  recordLists: z.optional(z.array(RecordList)),
  education: z.optional(
    z.object({
      foundCourseList: z.boolean(),
      coverage: z.optional(CoverageSignals),
    }),
  ),
});

/** The evidence as a content script sends it: its course lists as pieces of text (see SentRecordList). */
export const SentEvidence = z.extend(PageEvidence, { recordLists: z.optional(z.array(SentRecordList)) });

export const PageSnapshot = z.object({
  url: z.nullable(z.string()),
  kind: PageKind,
  person: z.optional(Person),
  certification: z.optional(Certification),
  agency: z.optional(Agency),
  courses: z.optional(z.array(Course)),
  unread: z.optional(z.array(UnreadRow)),
  application: z.optional(Application),
  license: z.optional(License),
  /** Required hours the education page itself shows (see PageRequirements). */
  requirements: z.optional(PageRequirements),
  /** The page's own figures that disagree with what was read (absent when they agree). */
  pageFigures: z.optional(z.array(PageFigure)),
  /** eLicensing renewal application pages only. */
  renewal: z.optional(RenewalApplication),
  /** Set when the page is ours but a required part could not be read: "could not read this page". */
  unreadReason: z.optional(z.string()),
  /** Education pages: whether the course list was whole (absent: treated as whole, as before). */
  listCoverage: z.optional(ListCoverage),
  /** Set only when the page says which role it is seen under. */
  role: z.optional(PageRole),
  /**
   * Set by the content scripts on a sign-in or sign-out page (kind "unknown"): signing in or out
   * ends every tab's browsing session, so the next page that names nobody is nobody's yet.
   */
  signInOrOut: z.optional(z.boolean()),
});

/** Everything known about one provider, merged from the pages read (see lib/merge.ts). */
export const ProviderRecord = z.object({
  person: Person,
  certification: z.optional(Certification),
  agency: z.optional(Agency),
  /** Courses as merged from every education page read. */
  courses: z.array(Course),
  application: z.optional(Application),
  license: z.optional(License),
  /** The eLicensing renewal application as last read. */
  renewal: z.optional(RenewalApplication),
  /** ISO date-times of the last read of each site. */
  readAt: z.object({
    nremt: z.optional(z.string()),
    elicensing: z.optional(z.string()),
  }),
  /** Required hours shown by the newest education page that showed any (they win over our table). */
  requirements: z.optional(PageRequirements),
  /** Rows the readers could not use, from the last read of each education page. */
  unread: z.optional(z.array(UnreadRow)),
  /** Manage Education's own figures that disagreed with its courses at its last read (see PageFigure). */
  pageFigures: z.optional(z.array(PageFigure)),
});

export const Settings = z.object({
  levelOverride: z.optional(z.nullable(Level)),
  recertifiedByExam: z.optional(z.boolean()),
  remindersEnabled: z.optional(z.boolean()),
  /** The provider's own pediatric marks, by course identity (see engine/pediatric.ts): win over titles. */
  pediatricMarks: z.optional(z.record(z.string(), z.boolean())),
});

// ---- The engine's conclusions -------------------------------------------------------

export const Tally = z.object({
  required: z.number(),
  /** Raw valid hours before capping. */
  hours: z.number(),
  credited: z.number(),
  remaining: z.number(),
});

export const Cycle = z.object({
  opensOn: isoDate,
  recommendedBy: isoDate,
  lastDay: isoDate,
  signOffBy: isoDate,
  renewsTo: isoDate,
});

export const Warning = z.object({
  code: z.string(),
  message: z.string(),
  course: z.optional(z.string()),
  severity: z.optional(z.enum(['danger', 'warning', 'info'])),
});

export const ChecklistItem = z.object({
  id: z.string(),
  step: z.enum(['A', 'B']),
  label: z.string(),
  state: z.enum(CHECK_STATES),
  detail: z.optional(z.string()),
});

/** One thing to do: what, where (site, page, the control to point at), by when, how urgent, why. */
export const NextAction = z.object({
  id: z.string(),
  /** The checklist item this action completes: it is never "done" while the action is listed. */
  item: z.nullable(z.string()),
  what: z.string(),
  why: z.string(),
  where: z.object({ site: z.enum(SITES), page: z.string(), control: z.nullable(z.enum(CONTROLS)) }),
  by: z.nullable(isoDate),
  urgency: z.enum(URGENCIES),
  /** The warning code this action stands for (views show the action, not the warning twice). */
  code: z.optional(z.string()),
});

export const Place = z.object({ component: z.nullable(Component), topic: z.nullable(Topic) });

export const PlanMove = z.object({
  course: z.string(),
  hours: z.number(),
  from: Place,
  to: Place,
  /** "assigned": the course already sits in that topic; "title": its title names it; "any": Local/Individual. */
  basis: z.enum(['assigned', 'title', 'any']),
  completedOn: z.nullable(isoDate),
  courseHours: z.number(),
});

export const Plan = z.object({
  remainingAfter: z.number(),
  moves: z.array(PlanMove),
  stillNeeded: z.array(z.object({ component: Component, topic: z.nullable(Topic), hours: z.number() })),
  fewestProven: z.boolean(),
});

export const Report = z.object({
  level: z.nullable(Level),
  certification: z.object({ expiresOn: z.nullable(isoDate), cycleStart: z.nullable(isoDate) }),
  cycle: z.nullable(Cycle),
  phase: z.enum(PHASES),
  /** Days from today to each deadline (negative once passed); null when the cycle is unknown. */
  daysLeft: z.nullable(z.object({ recommendedBy: z.number(), lastDay: z.number(), signOffBy: z.number() })),
  /** null when the level is not known: we never show zeros as truth. */
  components: z.nullable(
    z.object({
      national: z.extend(Tally, { topics: z.record(Topic, Tally) }),
      local: Tally,
      individual: Tally,
    }),
  ),
  totalRemaining: z.nullable(z.number()),
  /** A course list was read: until one is, components and totalRemaining are null (unknown, not 50 left). */
  coursesRead: z.boolean(),
  courses: z.array(
    z.object({
      course: Course,
      credited: z.boolean(),
      problems: z.array(z.enum(COURSE_PROBLEMS)),
      /** Pediatric content, by title or by the provider's own mark. */
      pediatric: z.optional(z.boolean()),
    }),
  ),
  /** National hours of pediatric content against 10 % of the National requirement. */
  pediatric: z.optional(z.nullable(Tally)),
  /** The best assignment of the valid courses (engine/plan.ts); null when hours cannot be counted. */
  plan: z.optional(z.nullable(Plan)),
  stepA: z.object({ status: z.enum(STEP_A_STATUSES) }),
  stepB: z.object({
    status: z.enum(STEP_B_STATUSES),
    licenseExpiresOn: z.nullable(isoDate),
    /** The eLicensing renewal application's state for this cycle, when read. */
    renewal: z.optional(z.nullable(z.enum(RENEWAL_STATES))),
  }),
  /** Both sites show the new expiration: congratulate instead of warning. */
  renewed: z.boolean(),
  lateFeesApply: z.boolean(),
  /** Which rule set the required hours come from, so the UI can say so (topic credits are unconfirmed). */
  rules: z.optional(
    z.nullable(
      z.object({
        name: z.string(),
        topicCreditsConfirmed: z.boolean(),
        /** true when any required figure came from the user's Manage Education page, not our table. */
        fromPage: z.optional(z.boolean()),
      }),
    ),
  ),
  checklist: z.array(ChecklistItem),
  /** What to do next, most urgent first: every view renders this list and decides nothing. */
  nextActions: z.array(NextAction),
  warnings: z.array(Warning),
  /**
   * Course rows the pages showed but the readers could not use, with why: shown beside the
   * courses that earn nothing. The hours above leave them out (UNREAD_ROWS says so).
   */
  unread: z.optional(z.array(UnreadRow)),
  /**
   * Figures NREMT's own page shows for a component or topic that disagree with the courses read
   * there: that component or topic is not complete whatever its tally says (PAGE_FIGURE_DISAGREES).
   */
  pageFigures: z.optional(z.array(PageFigure)),
});

export type Level = z.infer<typeof Level>;
export type Component = z.infer<typeof Component>;
export type Topic = z.infer<typeof Topic>;
export type PageKind = z.infer<typeof PageKind>;
export type Course = z.infer<typeof Course>;
export type UnreadRow = z.infer<typeof UnreadRow>;
export type Certification = z.infer<typeof Certification>;
export type Person = z.infer<typeof Person>;
export type Agency = z.infer<typeof Agency>;
export type Application = z.infer<typeof Application>;
export type License = z.infer<typeof License>;
export type PageRequirements = z.infer<typeof PageRequirements>;
export type PageFigure = z.infer<typeof PageFigure>;
export type PageSnapshot = z.infer<typeof PageSnapshot>;
export type ListCoverage = z.infer<typeof ListCoverage>;
export type PageEvidence = z.infer<typeof PageEvidence>;
export type SentEvidence = z.infer<typeof SentEvidence>;
export type RecordPiece = z.infer<typeof RecordPiece>;
export type SentRecordItem = z.infer<typeof SentRecordItem>;
export type SentRecordList = z.infer<typeof SentRecordList>;
export type LicenseeLine = z.infer<typeof LicenseeLine>;
export type LicenseEvent = z.infer<typeof LicenseEvent>;
export type OutlineLine = z.infer<typeof OutlineLine>;
export type RecordAtom = z.infer<typeof RecordAtom>;
export type RecordItem = z.infer<typeof RecordItem>;
export type RecordList = z.infer<typeof RecordList>;
export type TableText = z.infer<typeof TableText>;
export type PageRole = z.infer<typeof PageRole>;
export type ProviderRecord = z.infer<typeof ProviderRecord>;
export type Settings = z.infer<typeof Settings>;
export type Tally = z.infer<typeof Tally>;
export type Cycle = z.infer<typeof Cycle>;
export type Warning = z.infer<typeof Warning>;
export type ChecklistItem = z.infer<typeof ChecklistItem>;
export type Report = z.infer<typeof Report>;
export type NextAction = z.infer<typeof NextAction>;
export type RenewalApplication = z.infer<typeof RenewalApplication>;
export type PlanMove = z.infer<typeof PlanMove>;
export type Plan = z.infer<typeof Plan>;
export type Phase = Report['phase'];
