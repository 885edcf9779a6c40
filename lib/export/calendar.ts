// The cycle's deadlines as an iCalendar file (RFC 5545) made with ical-generator: one all-day
// event per date, each with reminders a week and a day before and a note of what to do by then.
// All-day dates carry no time, so they fall on the Massachusetts calendar day wherever the
// calendar is opened; X-WR-TIMEZONE names Massachusetts time for the apps that read it.
import ical, { ICalAlarmType } from 'ical-generator';
import { longDate } from '../dates';
import type { Cycle } from '../model';
import { MA_FEES } from '../rules';

export type DeadlineKind = 'opensOn' | 'recommendedBy' | 'lastDay' | 'signOffBy';

export const MA_TIME_ZONE = 'America/New_York';

export function deadlineEvents(cycle: Cycle): { kind: DeadlineKind; date: string; summary: string; description: string }[] {
  const renews = longDate(cycle.renewsTo);
  return [
    {
      kind: 'opensOn',
      date: cycle.opensOn,
      summary: 'EMS recertification opens (NREMT + eLicensing)',
      description: `Your recertification window opens. Step A: on NREMT.org check your hours in Manage Education, then click Submit Application and pay the $${MA_FEES.stepA} fee. Step B: on eLicensing (healthprofessionlicensing.mass.gov) review, attest and pay the $${MA_FEES.stepB} state fee.`,
    },
    {
      kind: 'recommendedBy',
      date: cycle.recommendedBy,
      summary: 'EMS recertification: recommended finish date',
      description: `Aim to have both steps done today: all hours entered and the NREMT application submitted (Step A), and the eLicensing renewal done (Step B). Finishing early leaves time to fix an application returned incomplete.`,
    },
    {
      kind: 'lastDay',
      date: cycle.lastDay,
      summary: 'EMS recertification: last day without late fees',
      description: `Last day to finish your continuing education and submit both steps without late fees (NREMT $${MA_FEES.lateNremt}, MA $${MA_FEES.lateState}). After midnight you cannot staff an ambulance until eLicensing shows ${renews}.`,
    },
    {
      kind: 'signOffBy',
      date: cycle.signOffBy,
      summary: 'EMS recertification: last day for skills sign-off',
      description: `Last day for the Training Officer / Medical Director skills sign-off on NREMT.org (late fees apply). After today only a Late Recertification application on eLicensing is possible, once NREMT shows ${renews}.`,
    },
  ];
}

const DAY = 86_400;

/** The .ics text. `stamp` is when the file is made (DTSTAMP, UTC). */
export function deadlinesIcs(cycle: Cycle, stamp: Date): string {
  const calendar = ical({
    name: 'EMS recertification deadlines',
    prodId: { company: 'Recert Copilot', product: 'Deadlines', language: 'EN' },
    x: [{ key: 'X-WR-TIMEZONE', value: MA_TIME_ZONE }],
  });
  for (const event of deadlineEvents(cycle)) {
    calendar.createEvent({
      // Stable ids: importing a newer file updates these events instead of adding copies.
      id: `${event.kind}-${event.date}@recert-copilot`,
      start: event.date,
      allDay: true,
      stamp,
      summary: event.summary,
      description: event.description,
      alarms: [
        { type: ICalAlarmType.display, trigger: 7 * DAY, description: `In a week: ${event.summary}` },
        { type: ICalAlarmType.display, trigger: 1 * DAY, description: `Tomorrow: ${event.summary}` },
      ],
    });
  }
  return calendar.toString();
}
