// NREMT National Continued Competency Program, 2025 model (expirations March 31, 2026 and later).
// Hours per component: nremt.org NCCP document. Topic credits: one secondary source citing the
// official PDF (unconfirmed; the sums check against the National hours).
import type { RuleSet } from './schema';

export const NCCP_2025: RuleSet = {
  id: 'nccp-2025',
  name: 'NREMT NCCP 2025 model',
  sources: [
    'https://www.nremt.org/rwd/public/document/nccp',
    'https://www.nremt.org/AEMT/Recertification',
    'https://www.semaems.com/post/nremt-nccr-update (topic credits, unconfirmed)',
  ],
  appliesTo: { expiresFrom: '2026-03-31', expiresBefore: null },
  topicCreditsConfirmed: false,
  levels: {
    emr: {
      national: 8,
      local: 4,
      individual: 4,
      topics: { airway: 1.5, cardiovascular: 2, trauma: 1, medical: 2.5, operations: 1 },
      pediatric: 0.8,
      skillsSignOff: 'training-officer',
    },
    emt: {
      national: 20,
      local: 10,
      individual: 10,
      topics: { airway: 4, cardiovascular: 5, trauma: 3, medical: 6, operations: 2 },
      pediatric: 2,
      skillsSignOff: 'training-officer',
    },
    aemt: {
      national: 25,
      local: 12.5,
      individual: 12.5,
      topics: { airway: 5, cardiovascular: 6, trauma: 4, medical: 7, operations: 3 },
      pediatric: 2.5,
      skillsSignOff: 'medical-director',
    },
    paramedic: {
      national: 30,
      local: 15,
      individual: 15,
      topics: { airway: 6, cardiovascular: 7, trauma: 5, medical: 8, operations: 4 },
      pediatric: 3,
      skillsSignOff: 'medical-director',
    },
  },
};
