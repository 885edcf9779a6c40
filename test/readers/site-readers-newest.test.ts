// The NREMT content script's read judged by the background, on the blind sets from NEWEST_FROM on (site-readers-run.ts).
import { describeSiteReaders } from './site-readers-run';

describeSiteReaders('newest');
