// The NREMT content script's read judged by the background, on the bundled pages and the blind
// sets before RECENT_FROM (site-readers-run.ts).
import { describeSiteReaders } from './site-readers-run';

describeSiteReaders('early');
