import { describe, expect, it } from 'vitest';
import { parseAssignment, parseComponent, parseTopic } from '../../lib/readers/topics';

describe('parseTopic', () => {
  it.each([
    ['Airway', 'airway'],
    ['Airway, Respiration & Ventilation', 'airway'],
    ['Airway, Respiration and Ventilation', 'airway'],
    ['AIRWAY, RESPIRATION & VENTILATION', 'airway'],
    ['Cardiovascular', 'cardiovascular'],
    ['Trauma', 'trauma'],
    ['Medical', 'medical'],
    ['Operations', 'operations'],
    ['EMS Operations', 'operations'],
    ['Trauma assessment of the elderly', null],
    ['Local', null],
    ['', null],
  ])('%j -> %s', (raw, topic) => {
    expect(parseTopic(raw)).toBe(topic);
  });
});

describe('parseComponent', () => {
  it.each([
    ['National', 'national'],
    ['National Component', 'national'],
    ['NCCR', 'national'],
    ['Local', 'local'],
    ['Local Component', 'local'],
    ['LCCR', 'local'],
    ['Individual', 'individual'],
    ['individual component', 'individual'],
    ['Nationally recognised', null],
    ['Trauma', null],
  ])('%j -> %s', (raw, component) => {
    expect(parseComponent(raw)).toBe(component);
  });
});

describe('parseAssignment', () => {
  it.each([
    ['National – Trauma', { component: 'national', topic: 'trauma' }],
    ['National — Trauma', { component: 'national', topic: 'trauma' }],
    ['National - Cardiovascular', { component: 'national', topic: 'cardiovascular' }],
    ['National: Airway', { component: 'national', topic: 'airway' }],
    ['National: Airway, Respiration & Ventilation', { component: 'national', topic: 'airway' }],
    ['National > Medical', { component: 'national', topic: 'medical' }],
    ['National / Operations', { component: 'national', topic: 'operations' }],
    ['National', { component: 'national', topic: null }],
    ['Local', { component: 'local', topic: null }],
    ['Individual', { component: 'individual', topic: null }],
    ['Trauma', { component: 'national', topic: 'trauma' }],
    ['National – Pharmacology', null],
    ['Unassigned', null],
    ['', null],
  ])('%j -> %j', (raw, expected) => {
    expect(parseAssignment(raw)).toEqual(expected);
  });
});
