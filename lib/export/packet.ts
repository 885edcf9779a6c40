// The audit packet's content: every course shown, whether it counts and why not, and the totals.
// Massachusetts asks providers to keep proof of every course for five years; NREMT and OEMS audit.
import { COMPONENT_LABELS, TOPIC_LABELS } from '../engine/format';
import type { ProviderRecord, Report } from '../model';

export interface PacketRow {
  title: string;
  completedOn: string | null;
  hours: number;
  approvalNumber: string | null;
  component: string;
  topic: string;
  counts: boolean;
  whyNot: string;
  pediatric: boolean;
}

const WHY_NOT: Record<Report['courses'][number]['problems'][number], string> = {
  'no-approval-number': 'no approval number (CAPCE or OEMS)',
  'outside-cycle': 'completed outside the cycle',
  duplicate: 'a repeat of a course already counted',
  unassigned: 'not assigned to a component and topic',
  'possible-split': 'listed again: counts only if it is a split of one course (check the certificate)',
};

export function packetRows(report: Report): PacketRow[] {
  return report.courses.map(({ course, credited, problems, pediatric }) => ({
    title: course.title,
    completedOn: course.completedOn,
    hours: course.hours,
    approvalNumber: course.approvalNumber,
    component: course.component ? COMPONENT_LABELS[course.component] : '',
    topic: course.topic ? TOPIC_LABELS[course.topic] : '',
    counts: credited,
    whyNot: problems
      .map((p) => (p === 'outside-cycle' && course.completedOn === null ? 'no completion date' : WHY_NOT[p]))
      .join('; '),
    pediatric: pediatric === true,
  }));
}

export interface PacketHeader {
  name: string | null;
  registryNumber: string | null;
  licenseNumber: string | null;
  level: Report['level'];
  cycleStart: string | null;
  lastDay: string | null;
}

export function packetHeader(record: ProviderRecord, report: Report): PacketHeader {
  return {
    name: record.person.name ?? null,
    registryNumber: record.person.registryNumber ?? null,
    licenseNumber: record.person.licenseNumber ?? record.license?.number ?? null,
    level: report.level,
    cycleStart: report.certification.cycleStart,
    lastDay: report.cycle?.lastDay ?? null,
  };
}
