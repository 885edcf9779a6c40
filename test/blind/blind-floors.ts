// The blind sets and their floors (checked by blind-sets.test.ts and blind-sets-recent.test.ts): pages written by people who never read the readers, from the documented
// wording only, each with a hand-written expectation (test/fixtures/blind-*/README.md). Set 1
// was measured before the reader redesign and then used to develop it; set 2 was held out in the
// first round and set 3 in the second, each measured once, untouched; set 4 was written as
// training data for the second round; set 5 was a short last check, also measured once; set 6 was measured before the third round and then developed on; set 7 was held out through it and measured once; set 8 was a last fresh check at its end; set 9 was measured before the fourth round and then developed on; set 10 was held out through it and measured once; set 11 was a fresh check after its review; set 12 was measured before the fifth round and then developed on; sets 13 and 14 were held out through it and measured once; set 15 was a fresh check at its end; set 16 was measured before the sixth round and then developed on; set 17 was held out through it and measured once, then developed on in the seventh round; set 18 was held out through that round and measured once; sets 19 and 22 were held out through the eighth and ninth rounds, sets 20 and 21 measured once before being developed on; set 23 was held out through the tenth round and set 25 through the eleventh, each measured once; set 26 was the eleventh round's fresh last check; set 27 was held out through the twelfth round and measured once; set 28 was written as training data in the twelfth round (pastes and grids); set 31a was written as training data in the thirteenth round (printouts turned back into HTML); sets 51, 52 and 53 were three fresh sets of the twenty-second round, each measured once before it was developed on (52 and 53 read 77.5 % and 73.1 % when committed); set 57 was the twenty-fourth round's first fresh set, measured once mid-round (97.85 %) and then developed on, and set 58 its second, measured once on its final readers (92.3 %); set 64 was the twenty-seventh round's first fresh set, measured once before its changes (85.7 %) and then developed on, and set 65 its second, measured once on its final readers (89.5 %); set 66 was the twenty-eighth round's first (75.8 % before its changes), set 67 its second (79.4 % on its final readers); set 68 was the twenty-ninth round's first (86.8 % before its changes), set 69 its second (85.6 % on its final readers); set 74 was written at the thirty-first round's end, measured once on its final readers (91.8 %) and developed on in the thirty-second; set 75 was written with it, measured once in the thirty-second round (88.5 %) and then developed on; sets 76 and 77 were written and sealed at its start and measured once, untouched, on its reader commit ddcb65b (84.1 % and 89.9 %), then developed on; sets 78 and 79 were written and sealed mid-round and measured once, untouched, on its reader commit 58882f4 (88.7 % and 86.2 %), then developed on. Sets 81 and 82 were written at the thirty-third round's start and measured once, before any change, on 133c590 (83.3 % and 96.3 %), then developed on; sets 83 and 84 were written mid-round and measured once, untouched, on its reader commit 83ca954 (89.5 % and 89.1 %), then developed on; set 85 was written after its review and measured once on its final readers (90.3 %). All now guard against regressions: the share of expected
// fields read right must not fall below what was measured, and no page that shows courses may be
// read as having none beyond those listed when measured.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scorePage, type ExpectedPage, type ReadPage } from './compare';
import { readHtml, savedFromUrl } from '../readers/load';

/** Field shares measured when each set was last scored (see its README), rounded down. */
const FLOORS: Record<string, number> = { 'blind-1': 1, 'blind-2': 0.995, 'blind-3': 1, 'blind-4': 1, 'blind-5': 1, 'blind-6': 1, 'blind-7': 1, 'blind-8': 1, 'blind-9': 1, 'blind-10': 1, 'blind-11': 1, 'blind-12': 1, 'blind-13': 1, 'blind-14': 1, 'blind-15': 1, 'blind-16': 1, 'blind-17': 0.984, 'blind-18': 0.989, 'blind-20': 1, 'blind-19': 1, 'blind-21': 1, 'blind-22': 1, 'blind-23': 0.999, 'blind-24': 0.996, 'blind-25': 0.993, 'blind-26': 0.995, 'blind-27': 0.995, 'blind-28': 1, 'blind-29': 1, 'blind-31a': 0.997, 'blind-31c': 1, 'blind-31d': 1, 'blind-31e': 1, 'blind-31f': 1, 'blind-30': 0.999, 'blind-32': 1, 'blind-34a': 1, 'blind-34b': 0.997, 'blind-34c': 1, 'blind-33': 0.999, 'blind-35': 0.987, 'blind-36-train-a': 0.98, 'blind-36-train-b': 1, 'blind-36-train-c': 1, 'blind-36-train-d': 1, 'blind-36': 0.998, 'blind-37': 1, 'blind-38-train-b': 0.997, 'blind-38-train-c': 1, 'blind-38-train-a': 1, 'blind-38': 0.999, 'blind-39': 0.997, 'blind-40-train-c': 1, 'blind-40-train-a': 1, 'blind-40-train-b': 1, 'blind-40': 0.998, 'blind-42-train-b': 0.995, 'blind-42-train-a': 0.967, 'blind-42-train-c': 0.992, 'blind-42': 0.996, 'blind-43': 0.997, 'blind-44': 0.984, 'blind-45': 0.959, 'blind-47': 0.996, 'blind-48': 0.917, 'blind-49': 0.995, 'blind-50': 0.97, 'blind-51': 0.981, 'blind-52': 0.92, 'blind-53': 0.898, 'blind-54': 0.986, 'blind-55': 0.978, 'blind-56': 0.987, 'blind-57': 0.996, 'blind-58': 0.995, 'blind-59': 0.981, 'blind-60': 0.99, 'blind-61': 0.981, 'blind-62': 0.996, 'blind-63': 0.966, 'blind-64': 0.923, 'blind-65': 0.967, 'blind-66': 0.907, 'blind-67': 0.902, 'blind-68': 0.989, 'blind-69': 0.983, 'blind-70': 0.983, 'blind-71': 0.992, 'blind-72': 0.954, 'blind-73': 0.978, 'blind-74': 0.994, 'blind-75': 0.993, 'blind-76': 0.915, 'blind-77': 0.901, 'blind-78': 0.982, 'blind-79': 0.915, 'blind-81': 0.981, 'blind-82': 0.983, 'blind-83': 0.976, 'blind-84': 0.899, 'blind-85': 0.913, 'blind-86': 0.989, 'blind-87': 0.969, 'blind-88': 0.989, 'blind-90': 0.993, 'blind-91': 0.988, 'blind-92': 0.986, 'blind-93': 0.990, 'blind-94': 0.913, 'blind-95': 0.966, 'blind-96': 0.995, 'blind-97': 0.994, 'blind-98': 0.922, 'blind-99': 0.961, 'blind-100': 0.989, 'blind-101': 0.993, 'blind-102': 0.917, 'blind-103': 0.990, 'blind-104': 0.925, 'blind-105': 0.981, 'blind-106': 0.975, 'blind-107': 0.995, 'blind-108': 0.984, 'blind-109': 0.915, 'blind-110': 0.926, 'blind-111': 0.970, 'blind-112': 0.976, 'blind-113': 0.994, 'blind-114': 0.991, 'blind-115': 0.983, 'blind-116': 0.979, 'blind-117': 0.971, 'blind-118': 0.964, 'blind-119': 0.910, 'blind-120': 0.977, 'blind-121': 0.918, 'blind-123': 0.996, 'blind-124': 0.981, 'blind-125': 0.978, 'blind-126': 0.985, 'blind-127': 0.973, 'blind-128': 0.914, 'blind-129': 1, 'blind-130': 0.997, 'blind-131': 0.993, 'blind-132': 0.990, 'blind-133': 0.962, 'blind-134': 0.975, 'blind-135': 0.991, 'blind-136': 0.982, 'blind-137': 0.968 };

/** Fields a set must hold at least (guards against a set that went missing); set 5 is the short last check. */
const MIN_FIELDS: Record<string, number> = { 'blind-5': 300, 'blind-6': 600, 'blind-7': 700, 'blind-8': 300, 'blind-9': 1400, 'blind-10': 800, 'blind-11': 600, 'blind-12': 800, 'blind-13': 800, 'blind-14': 800, 'blind-15': 500, 'blind-16': 700, 'blind-17': 700, 'blind-18': 700, 'blind-20': 450, 'blind-19': 1100, 'blind-21': 250, 'blind-22': 1100, 'blind-23': 1050, 'blind-24': 250, 'blind-25': 900, 'blind-26': 240, 'blind-27': 1300, 'blind-28': 1100, 'blind-29': 290, 'blind-31a': 380, 'blind-31c': 250, 'blind-31d': 430, 'blind-31e': 330, 'blind-31f': 370, 'blind-30': 1250, 'blind-32': 440, 'blind-34a': 420, 'blind-34b': 480, 'blind-34c': 360, 'blind-33': 1300, 'blind-35': 460, 'blind-36-train-a': 400, 'blind-36-train-b': 430, 'blind-36-train-c': 330, 'blind-36-train-d': 400, 'blind-36': 1100, 'blind-37': 490, 'blind-38-train-b': 380, 'blind-38-train-c': 320, 'blind-38-train-a': 400, 'blind-38': 1200, 'blind-39': 480, 'blind-40-train-c': 310, 'blind-40-train-a': 350, 'blind-40-train-b': 340, 'blind-40': 1200, 'blind-42-train-b': 220, 'blind-42-train-a': 170, 'blind-42-train-c': 240, 'blind-42': 790, 'blind-43': 420, 'blind-44': 810, 'blind-45': 920, 'blind-47': 1000, 'blind-48': 900, 'blind-49': 950, 'blind-50': 840, 'blind-51': 870, 'blind-52': 860, 'blind-53': 830, 'blind-54': 600, 'blind-55': 1000, 'blind-56': 930, 'blind-57': 880, 'blind-58': 890, 'blind-59': 810, 'blind-60': 880, 'blind-61': 490, 'blind-62': 910, 'blind-63': 930, 'blind-64': 800, 'blind-65': 760, 'blind-66': 890, 'blind-67': 930, 'blind-68': 1030, 'blind-69': 950, 'blind-70': 1100, 'blind-71': 970, 'blind-72': 1000, 'blind-73': 1100, 'blind-74': 990, 'blind-75': 1150, 'blind-76': 1030, 'blind-77': 1030, 'blind-78': 1080, 'blind-79': 940, 'blind-81': 990, 'blind-82': 970, 'blind-83': 950, 'blind-84': 1010, 'blind-85': 770, 'blind-86': 1030, 'blind-87': 990, 'blind-88': 1110, 'blind-90': 1290, 'blind-91': 1040, 'blind-92': 1130, 'blind-93': 1120, 'blind-94': 1080, 'blind-95': 710, 'blind-96': 1010, 'blind-97': 1070, 'blind-98': 1000, 'blind-99': 1080, 'blind-100': 830, 'blind-101': 900, 'blind-102': 910, 'blind-103': 820, 'blind-104': 880, 'blind-105': 895, 'blind-106': 820, 'blind-107': 865, 'blind-108': 840, 'blind-109': 850, 'blind-110': 840, 'blind-111': 840, 'blind-112': 835, 'blind-113': 860, 'blind-114': 905, 'blind-115': 885, 'blind-116': 790, 'blind-117': 870, 'blind-118': 840, 'blind-119': 830, 'blind-120': 810, 'blind-121': 940, 'blind-123': 760, 'blind-124': 750, 'blind-125': 740, 'blind-126': 830, 'blind-127': 750, 'blind-128': 880, 'blind-129': 800, 'blind-130': 690, 'blind-131': 780, 'blind-132': 790, 'blind-133': 720, 'blind-134': 720, 'blind-135': 710, 'blind-136': 790, 'blind-137': 850 };

/** Pages still read as having no course when measured (a fix removes one). */
const ZERO_COURSE_KNOWN: Record<string, string[]> = {
  'blind-48': ['transcript-litvirtualizer-para2028.html'],
  'blind-52': ['transcript-nimble-virtual-para2028.html'],
  'blind-64': ['transcript-azure-repos-aemt2027.html'],
  // Developed on in round 31: a learning site's enrolled courses, no completion date nor approval number (unknown).
  'blind-72': ['transcript-masterstudy-lms-enrolled.html'],
  // Its frozen titles' block is not joined to its rows: read before as two courses titled with
  // their OEMS numbers (wrong), now as eleven rows without a title (could not read).
  'blind-53': ['edu-activewidgets-frozen-aemt2027.html'],
  // A pivot whose row headers and hours are two tables side by side (Orb.js): no row is read.
  'blind-66': ['transcript-orbjs-pivot-para2027.html'],
  // Measured once, untouched: Charts.css's table drawn as a chart (Skilljar's cards read since round 29, Ajaxterm's screen since round 31).
  'blind-67': ['edu-chartscss-aemt2027.html'],
  // Measured once, untouched, on round 32's final readers (ddcb65b), then developed on: a commit's diff
  // of a CSV file (unknown; nuBuilder's browse form, read as none then too, is read since); a CI
  // build's log whose table rows lost their tags inside a <pre>.
  'blind-76': ['transcript-diff2html-celog-csv.html'],
  'blind-77': ['transcript-concourse-build-para2027.html'],
  // Measured once, untouched, on round 32's reader commit 58882f4: a phone's text messages to the Training Officer
  // (unknown; a support chat's pasted transcript, read as none then too, is read since).
  'blind-79': ['transcript-smsbackup-xsl-emt2027.html'],
  // Measured once, untouched, on round 33's final readers (83ca954): a forum post holding a transcript as a
  // markdown pipe table the forum did not render (unknown).
  'blind-84': ['edu-wpforo-mdpipes-para2028.html'],
  // Measured once, untouched, on round 33's final readers: a comment holding a spreadsheet pasted as TSV (unknown).
  'blind-85': ['transcript-hashover-tsv-para2028.html'],
  // Measured once, untouched, on round 40's final readers (23b0552): a forum's code block holding Manage Education a box
  // per line, the post asking "someone" to check it (unknown: the thread does not say the reader wrote it).
  'blind-119': ['transcript-phpfusion-aemt2027.html'],
  // Measured once, untouched, on round 41's readers (b0c8c25): a one-time secret holding a sheet pasted a cell per line
  // under its column titles, each title a line (the set's other page read as none, a DjangoBB code block, reads since 6f03843).
  'blind-121': ['transcript-yopass-cells-para2028.html'],
  // Measured once, untouched, on round 42's final readers (8ec133e): a REST framework's browsable API
  // page whose course list is JSON text in its response block (unknown).
  'blind-128': ['transcript-drf-browsable-emt2027.html'],
  'blind-110': ['transcript-teddit-runon-aemt.html'],
  'blind-109': ['transcript-reactchrono-paramedic2027.html'],
  'blind-104': ['transcript-scrapbox-aemt2027.html'],
  'blind-102': ['transcript-kandan-aemt2027-runon.html'],
  'blind-94': ['transcript-filestash-cecsv.html'],
  // Measured once, untouched, in round 37: a notes app's block-per-line copy whose column captions, repeated over each group, end the list (unknown).
  'blind-98': ['transcript-yoopta-manage-education-paramedic.html'],
  // Measured once, untouched, on round 35's final readers (27ab2b3): a vendor's transcript mail, an agency
  // portal's CE record beside a "Training Officer" menu, a tab-separated note (all unknown).
};

export const SETS = Object.keys(FLOORS);
/** Sets from this number on are checked in blind-sets-recent.test.ts: every set's pages read in one
 * worker passed Node 20's default heap at 84 sets. */
export const RECENT_FROM = 50;
/** Sets from this number on are checked in blind-sets-newest.test.ts: at 91 sets from set 50 on,
 * one worker ran out of Node 20's default heap. */
export const NEWEST_FROM = 90;
export const setNumber = (set: string): number => Number.parseInt(set.slice('blind-'.length), 10);

function scoreSet(dir: string) {
  let matched = 0;
  let total = 0;
  const zeroCourse: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
    const html = readFileSync(join(dir, file), 'utf8');
    const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.html$/, '.expected.json')), 'utf8')) as ExpectedPage;
    const score = scorePage(expected, readHtml(html, savedFromUrl(html)) as ReadPage);
    matched += score.matched;
    total += score.total;
    if (score.zeroCourseMisread) zeroCourse.push(file);
  }
  return { matched, total, zeroCourse };
}

/** Checks each set against its floor (one describe per set). */
export function checkSets(sets: readonly string[]): void {
  describe.each(sets)('%s', (set) => {
  it(`reads at least ${FLOORS[set]! * 100} % of the expected fields, and no page with courses as none`, { timeout: 60_000 }, () => {
    const { matched, total, zeroCourse } = scoreSet(join(__dirname, '../fixtures', set));
    expect(total).toBeGreaterThan(MIN_FIELDS[set] ?? 500);
    expect(matched / total).toBeGreaterThanOrEqual(FLOORS[set]!);
    expect(zeroCourse).toEqual(ZERO_COURSE_KNOWN[set] ?? []);
  });
});
}
