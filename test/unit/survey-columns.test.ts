import { describe, expect, it } from 'vitest';
import { parseCsv, type Csv } from '../../shared/domain/csv';
import { mapSurvey } from '../../shared/domain/survey';
import { kindOfColumn, metricColumns, readAliases, scaleWarning, suggestTarget, unmatchedNames } from '../../shared/domain/survey-columns';

function csv(text: string): Csv {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

const threeMetrics = csv(['date,touchpoint,Likely to recommend (0-10),Satisfaction (1-5),Effort (1-7)', '2026-04-02,Parking,9,5,2', '2026-04-03,Car park,3,2,6', '2026-04-04,Check-in,10,4,1'].join('\n'));
const places = [
  { key: 't-park', name: 'Parking' },
  { key: 't-check', name: 'Check-in' },
  { key: 'stage:s1', name: 'Arrive' },
];

describe('reading a survey file as it arrives', () => {
  it('finds a column for each metric the header names, in file order', () => {
    expect(metricColumns(threeMetrics)).toEqual([
      { kind: 'nps', column: 2 },
      { kind: 'csat', column: 3 },
      { kind: 'ces', column: 4 },
    ]);
  });

  it('does not take a column for a metric whose scale cannot hold its values', () => {
    expect(metricColumns(csv('NPS,score\n4,1\n12,2'))).toEqual([]);
  });

  it('reads a bare score on the smallest scale that holds it, so a 1–5 column is never taken for NPS', () => {
    expect(kindOfColumn(csv('score\n1\n5\n3'), 0)).toBe('csat');
    expect(kindOfColumn(csv('score\n1\n7\n3'), 0)).toBe('ces');
    expect(kindOfColumn(csv('score\n0\n10\n3'), 0)).toBe('nps');
  });

  it('reads a column as the metric its header names, even when some values fall outside that scale', () => {
    expect(kindOfColumn(csv('How satisfied (1-5)\n4\n9\n5'), 0)).toBe('csat');
  });

  it('warns when NPS is read from a 1–5 column, and when values fall outside the scale', () => {
    expect(scaleWarning(csv('score\n1\n5\n3\n4'), 0, 'nps')).toMatch(/looks like a 1–5 satisfaction score/);
    expect(scaleWarning(csv('rating\n1\n9\n3'), 0, 'csat')).toMatch(/^1 of 3 values in “rating” is outside the CSAT/);
    expect(scaleWarning(threeMetrics, 2, 'nps')).toBeNull();
  });

  it('lists the names that match no place, with how many rows use each and a likely match', () => {
    expect(unmatchedNames(threeMetrics, 1, places, {})).toEqual([{ name: 'Car park', count: 1, suggestion: places[0] }]);
    expect(suggestTarget('Front desk', places)).toBeNull();
  });

  it('matches a name whatever its apostrophe style, case or spacing', () => {
    const file = csv('touchpoint,csat\nCHILDREN’S  check-in,4');
    expect(unmatchedNames(file, 0, [{ key: 't-kids', name: "Children's check-in" }], {})).toEqual([]);
  });

  it('counts a remembered name as known, and reads a damaged memory as none', () => {
    expect(unmatchedNames(threeMetrics, 1, places, { 'car park': 't-park' })).toEqual([]);
    expect(unmatchedNames(threeMetrics, 1, places, { 'car park': 'a-deleted-touchpoint' })).toHaveLength(1);
    expect(readAliases('{"car park":"t-park","x":3}')).toEqual({ 'car park': 't-park' });
    expect(readAliases('not json')).toEqual({});
  });

  it('imports rows under a mapped name as answers about that place', () => {
    const targets = { touchpoints: [{ id: 't-park', name: 'Parking' }, { id: 't-check', name: 'Check-in' }], stages: [{ id: 's1', name: 'Arrive' }] };
    const mapping = { score: 3, comment: null, target: 1, date: 0 };
    expect(mapSurvey(threeMetrics, mapping, 'csat', targets).bad.map((b) => b.line)).toEqual([3]);
    const mapped = mapSurvey(threeMetrics, mapping, 'csat', targets, { 'car park': 't-park' });
    expect(mapped.bad).toEqual([]);
    expect(mapped.good.map((r) => r.touchpointId)).toEqual(['t-park', 't-park', 't-check']);
    expect(mapSurvey(csv('where,score\nLobby,4'), { score: 1, comment: null, target: 0, date: null }, 'csat', targets, { lobby: 'stage:s1' }).good[0]!.stageId).toBe('s1');
  });
});
