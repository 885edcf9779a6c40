// The NREMT content script's read judged by the background, on the blind sets from RECENT_FROM to NEWEST_FROM (site-readers-run.ts).
import { describeSiteReaders } from './site-readers-run';

describeSiteReaders('recent');
