import { describe, expect, it } from 'vitest';
import { gapViews } from '../../shared/domain/gaps';
import { metricStatus, surveyResult } from '../../shared/domain/measure';
import { nps, roundHalfAway } from '../../shared/domain/metrics';
import { activePeriod, periodBetween, periodOf, spanOfDates, surveyPeriods } from '../../shared/domain/periods';
import { resultsByTarget } from '../../shared/domain/survey';
import { applyOps, emptyTables, type Op } from '../../shared/model/ops';
import { blankWorkshop } from '../helpers/workshop';

let n = 0;
const uid = () => `33333333-3333-4333-8333-${String(++n).padStart(12, '0')}`;

/** An outerwear retailer's support chat, surveyed in April (2 of 4 satisfied) and October (4 of 5). */
function retailer(surveyPeriod = '') {
  const ids = { journey: uid(), stage: uid(), chat: uid(), guide: uid(), april: uid(), october: uid(), gap: uid(), metric: uid() };
  const answers = (importId: string, touchpointId: string, scores: number[]): Op[] =>
    scores.map((score, i) => ({ kind: 'create', entity: 'surveyResponse', id: uid(), values: { importId, score, touchpointId, line: i + 2 } }));
  const ops: Op[] = [
    { kind: 'create', entity: 'journey', id: ids.journey, values: { name: 'Buying a coat' } },
    { kind: 'create', entity: 'stage', id: ids.stage, values: { journeyId: ids.journey, name: 'Choose', position: 1 } },
    { kind: 'create', entity: 'touchpoint', id: ids.chat, values: { journeyId: ids.journey, stageId: ids.stage, name: 'Support chat', position: 1 } },
    { kind: 'create', entity: 'touchpoint', id: ids.guide, values: { journeyId: ids.journey, stageId: ids.stage, name: 'Size guide', position: 2 } },
    { kind: 'create', entity: 'surveyImport', id: ids.april, values: { fileName: 'april.csv', kind: 'csat', importedOn: '2026-11-02', periodStart: '2026-04-03', periodEnd: '2026-04-29' } },
    { kind: 'create', entity: 'surveyImport', id: ids.october, values: { fileName: 'october.csv', kind: 'csat', importedOn: '2026-11-02', periodStart: '2026-10-01', periodEnd: '2026-10-30' } },
    ...answers(ids.april, ids.chat, [2, 4, 1, 5]),
    ...answers(ids.april, ids.guide, [4, 4, 4, 5]),
    ...answers(ids.october, ids.chat, [4, 5, 4, 4, 3]),
    ...answers(ids.october, ids.guide, [1, 2, 3, 2]),
    { kind: 'create', entity: 'gap', id: ids.gap, values: { touchpointId: ids.chat, title: 'Slow answers', intendedScore: 5, actualSource: 'csat', position: 1 } },
    { kind: 'create', entity: 'metric', id: ids.metric, values: { touchpointId: ids.chat, kind: 'csat', baseline: 50, baselinePeriod: 'Apr 2026', target: 75, unit: '%', reviewDate: '2026-11-15' } },
  ];
  const doc = applyOps({ workshop: blankWorkshop({ surveyPeriod }), rows: emptyTables() }, ops);
  return { doc, ids };
}

describe('survey periods', () => {
  it('names a period by its months, from the answers’ dates or else the day of import', () => {
    expect(periodBetween('2026-04-03', '2026-04-29').label).toBe('Apr 2026');
    expect(periodBetween('2026-04-03', '2026-05-02').label).toBe('Apr–May 2026');
    expect(periodBetween('2026-12-03', '2027-01-02').label).toBe('Dec 2026 – Jan 2027');
    expect(periodOf({ periodStart: null, periodEnd: null, importedOn: '2026-11-01' }).label).toBe('Nov 2026');
    expect(spanOfDates([null, '2026-10-30', '2026-10-01'])).toEqual({ start: '2026-10-01', end: '2026-10-30' });
    expect(spanOfDates([null])).toBeNull();
  });

  it('uses the latest period’s answers, never April and October pooled', () => {
    const { doc, ids } = retailer();
    expect(surveyPeriods(doc).map((p) => p.label)).toEqual(['Apr 2026', 'Oct 2026']);
    expect(activePeriod(doc).label).toBe('Oct 2026');
    expect(resultsByTarget(doc, 'csat').get(ids.chat)).toMatchObject({ score: 80, count: 5, period: 'Oct 2026' });
    expect(resultsByTarget(doc, 'csat').get(ids.guide)).toMatchObject({ score: 0, count: 4, period: 'Oct 2026' });
  });

  it('uses one chosen period, or every period pooled when asked, and says so', () => {
    const april = retailer('2026-04..2026-04');
    expect(resultsByTarget(april.doc, 'csat').get(april.ids.chat)).toMatchObject({ score: 50, count: 4, period: 'Apr 2026' });
    const pooled = retailer('all');
    expect(resultsByTarget(pooled.doc, 'csat').get(pooled.ids.chat)).toMatchObject({ score: 67, count: 9, period: 'all periods pooled' });
  });

  it('measures a gap with the latest period’s answers: CSAT 80 % in October is a gap of 1.0, not 1.8', () => {
    const { doc } = retailer();
    const [view] = gapViews(doc, Object.keys(doc.rows.journey)[0]!);
    expect(view).toMatchObject({ actual: 4, size: 1 });
    expect(view!.measured).toMatchObject({ period: 'Oct 2026' });
  });

  it('gives a stage its own and its touchpoints’ answers, and the whole experience every answer', () => {
    const { doc, ids } = retailer();
    expect(surveyResult(doc, { kind: 'csat', touchpointId: null, stageId: ids.stage })).toMatchObject({ count: 9, score: 44 });
    expect(surveyResult(doc, { kind: 'csat', touchpointId: null, stageId: null })).toMatchObject({ count: 9, score: 44, period: 'Oct 2026' });
  });
});

describe('a metric’s baseline, value now and target', () => {
  it('fills the value now from a later period’s survey, and flags the target met', () => {
    const { doc, ids } = retailer();
    const st = metricStatus(doc, doc.rows.metric[ids.metric]!, '2026-12-01');
    expect(st).toMatchObject({ baseline: { value: 50, period: 'Apr 2026' }, current: { value: 80, period: 'Oct 2026', fromSurvey: true }, met: true, reviewPassed: false });
    expect(st.progress).toBeCloseTo(1.2);
  });

  it('keeps a typed value now while the survey is the baseline’s own period, and flags a review date passed', () => {
    const { doc, ids } = retailer('2026-04..2026-04');
    const m = { ...doc.rows.metric[ids.metric]!, current: 60, currentPeriod: 'Jun 2026' };
    const st = metricStatus(doc, m, '2026-12-01');
    expect(st.current).toEqual({ value: 60, period: 'Jun 2026', fromSurvey: false });
    expect(st).toMatchObject({ met: false, reviewPassed: true });
    expect(st.progress).toBeCloseTo(0.4);
  });

  it('reads a lower target as lower is better', () => {
    const { doc, ids } = retailer();
    const m = { ...doc.rows.metric[ids.metric]!, kind: 'resolution_time' as const, baseline: 48, target: 24, current: 20, unit: 'hours' };
    expect(metricStatus(doc, m, '2026-12-01')).toMatchObject({ direction: 'down', met: true });
  });
});

describe('rounding', () => {
  it('rounds halves away from zero, the same for gains and losses', () => {
    expect(roundHalfAway(-37.5)).toBe(-38);
    expect(roundHalfAway(37.5)).toBe(38);
    expect(roundHalfAway(-0.4)).toBe(0);
    expect(roundHalfAway(2.25, 1)).toBe(2.3);
    // 8 answers: 3 detractors and none promoting is −37.5; the reverse is +37.5.
    expect(nps([0, 0, 0, 7, 7, 7, 8, 8]).score).toBe(-38);
    expect(nps([10, 10, 10, 7, 7, 7, 8, 8]).score).toBe(38);
  });
});
