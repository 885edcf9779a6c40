// "Audit packet" and "Add the deadlines to my calendar": both made in the browser from what is
// stored; the calendar file is built here (ical-generator), never in a content script.
import { deadlinesIcs } from '../lib/export/calendar';
import { saveTextFile } from '../lib/extension/save-file';
import type { Report } from '../lib/model';

export function calendarFileName(report: Report): string {
  return `recert-deadlines-${report.cycle?.lastDay.slice(0, 4) ?? 'unknown'}.ics`;
}

export function downloadDeadlines(report: Report, save = saveTextFile): void {
  if (!report.cycle) return;
  save(calendarFileName(report), 'text/calendar;charset=utf-8', deadlinesIcs(report.cycle, new Date()));
}

export function ExportButtons({ report, onOpenPacket }: { report: Report | null; onOpenPacket?: () => void }) {
  return (
    <>
      {onOpenPacket ? (
        <button type="button" class="rc-button rc-secondary" onClick={onOpenPacket} data-testid="open-packet">
          Audit packet
        </button>
      ) : null}
      {report?.cycle ? (
        <button type="button" class="rc-button rc-secondary" onClick={() => downloadDeadlines(report)} data-testid="download-calendar">
          Add the deadlines to my calendar
        </button>
      ) : null}
    </>
  );
}
