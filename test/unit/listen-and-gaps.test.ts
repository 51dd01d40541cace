import { describe, expect, it } from 'vitest';
import { decodeText, detectSeparator, parseCsv } from '../../shared/domain/csv';
import { asActualScore, ces, csat, formatMetric, nps } from '../../shared/domain/metrics';
import { gapSize, priority, rank } from '../../shared/domain/priority';
import { guessMapping, mapSurvey, readDate } from '../../shared/domain/survey';
import { library } from '../helpers/library';

const enc = (s: string) => new TextEncoder().encode(s);
const parse = (s: string) => {
  const r = parseCsv(s);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('experience metrics, on the worked examples', () => {
  it('NPS is % promoters minus % detractors', () => {
    expect(nps([10, 9, 9, 8, 7, 6, 5, 10, 3, 9])).toMatchObject({ score: 20, count: 10 });
    expect(nps([0, 1, 2])).toMatchObject({ score: -100 });
    expect(nps([9, 10])).toMatchObject({ score: 100 });
    expect(nps([])).toMatchObject({ score: null, count: 0 });
  });
  it('CSAT is the % of answers that are 4 or 5', () => {
    expect(csat([5, 4, 3, 2, 4])).toMatchObject({ score: 60, count: 5, mean: 3.6 });
  });
  it('CES is the mean, with the % who agree it was easy', () => {
    expect(ces([7, 6, 5, 2, 3])).toMatchObject({ score: 4.6, agreePercent: 60, count: 5 });
  });
  it('CSAT and CES can stand in for the actual 1–5 experience of a gap; NPS cannot', () => {
    expect(asActualScore(csat([5, 4, 3, 2, 4]))).toBe(3.6);
    expect(asActualScore(ces([7, 7]))).toBe(5);
    expect(asActualScore(ces([1]))).toBe(1);
    expect(asActualScore(nps([9]))).toBeNull();
  });
  it('read as people write them', () => {
    expect(formatMetric(nps([10, 9, 9, 8, 7, 6, 5, 10, 3, 9]))).toBe('NPS +20');
    expect(formatMetric(nps([0]))).toBe('NPS −100');
    expect(formatMetric(csat([5, 4, 3, 2, 4]))).toBe('CSAT 60%');
    expect(formatMetric(ces([7, 6, 5, 2, 3]))).toBe('CES 4.6');
  });
});

describe('gap priority, on the worked examples', () => {
  const base = { severity: null, frequency: null, momentOfTruth: false, votes: 0 };
  it('multiplies gap size by severity and frequency', () => {
    expect(priority({ ...base, intendedScore: 5, actualScore: 2, severity: 4, frequency: 5 })).toBe(60);
  });
  it('weighs a moment of truth one and a half times', () => {
    expect(priority({ ...base, intendedScore: 5, actualScore: 2, severity: 4, frequency: 5, momentOfTruth: true })).toBe(90);
  });
  it('counts unscored severity and frequency as the middle, and adds ten per dot', () => {
    expect(priority({ ...base, intendedScore: 4, actualScore: 3, votes: 3 })).toBe(39);
  });
  it('gives no size to a touchpoint better than intended, and no priority without scores', () => {
    expect(gapSize({ intendedScore: 3, actualScore: 4 })).toBe(0);
    expect(priority({ ...base, intendedScore: 3, actualScore: 4 })).toBe(0);
    expect(priority({ ...base, intendedScore: 4, actualScore: null })).toBeNull();
  });
  it('ranks highest first and leaves unsized gaps at the end', () => {
    const ranked = rank([{ id: 'a', priority: null }, { id: 'b', priority: 9 }, { id: 'c', priority: 60 }, { id: 'd', priority: null }]);
    expect(ranked.map((r) => r.id)).toEqual(['c', 'b', 'a', 'd']);
  });
});

describe('reading a CSV file', () => {
  it('handles quotes, doubled quotes, separators and line breaks inside quotes, CRLF and a BOM', () => {
    const d = decodeText(enc('\uFEFFscore,comment\r\n4,"Quick, friendly"\r\n2,"Said ""call back""\nthen didn\'t"\r\n'));
    if (!d.ok) throw new Error(d.error);
    const csv = parse(d.text);
    expect(csv.header).toEqual(['score', 'comment']);
    expect(csv.records).toEqual([
      { line: 2, cells: ['4', 'Quick, friendly'] },
      { line: 3, cells: ['2', 'Said "call back"\nthen didn\'t'] },
    ]);
  });

  it('reads semicolon- and tab-separated exports', () => {
    expect(detectSeparator('score;comment;touchpoint\n4;"a;b";x')).toBe(';');
    expect(parse('score;comment\n4;"a;b"').records[0]!.cells).toEqual(['4', 'a;b']);
    expect(detectSeparator('score\tcomment\n4\tok')).toBe('\t');
  });

  it('reads UTF-16 with a BOM, and refuses text in another encoding with advice', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'score\n5'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeText(utf16)).toEqual({ ok: true, text: 'score\n5' });
    const latin1 = new Uint8Array([...enc('comment\n'), 0x43, 0x61, 0x66, 0xe9]); // "Café" in Windows-1252
    expect(decodeText(latin1)).toEqual({ ok: false, error: expect.stringContaining('CSV UTF-8') });
  });

  it('refuses a quote left open, naming the line it opened on', () => {
    expect(parseCsv('score,comment\n1,ok\n2,"never closed\n3,x')).toEqual({ ok: false, error: expect.stringContaining('line 3') });
  });
});

describe('mapping survey rows', () => {
  const targets = { touchpoints: [{ id: 't1', name: 'Booking phone line' }], stages: [{ id: 's1', name: 'Billing' }] };

  it('guesses the columns from the header', () => {
    expect(guessMapping(['Submitted', 'How satisfied (1-5)', 'Why?', 'Touchpoint'])).toEqual({ score: 1, comment: 2, target: 3, date: 0 });
  });

  it('keeps good rows and lists every bad one by line number with its reason', () => {
    const csv = parse(
      [
        'date,score,comment,where',
        '2026-03-01,5,Lovely,Booking phone line',
        '14/03/2026,2,"Waited, again",billing',
        '2026-03-02,6,Too high,Booking phone line',
        '2026-03-02,,No score,Booking phone line',
        '2026-03-02,4,Wrong place,Car park',
        '2026-03-02,3',
        '31/02/2026,3,Bad date,Billing',
        '2026-03-02,four,Words,Billing',
        '2026-03-02,3.5,Half,Billing',
        '2026-03-02,1,,',
      ].join('\n'),
    );
    const { good, bad } = mapSurvey(csv, guessMapping(csv.header), 'csat', targets);
    expect(good).toEqual([
      { line: 2, score: 5, comment: 'Lovely', touchpointId: 't1', stageId: null, respondedOn: '2026-03-01' },
      { line: 3, score: 2, comment: 'Waited, again', touchpointId: null, stageId: 's1', respondedOn: '2026-03-14' },
    ]);
    expect(bad.map((b) => b.line)).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    expect(bad[0]!.reason).toMatch(/outside the CSAT scale \(1–5/);
    expect(bad[1]!.reason).toBe('has no score');
    expect(bad[2]!.reason).toMatch(/“Car park” matches no touchpoint/);
    expect(bad[3]!.reason).toBe('has 2 fields, the header has 4');
    expect(bad[4]!.reason).toMatch(/date “31\/02\/2026”/);
    expect(bad[5]!.reason).toMatch(/not a number/);
    expect(bad[6]!.reason).toMatch(/whole numbers/);
    expect(bad[7]!.reason).toBe('names no touchpoint or stage');
    expect(good.length + bad.length).toBe(csv.records.length);
  });

  it('reads NPS on 0–10 and CES on 1–7', () => {
    const csv = parse('score\n0\n10\n11');
    expect(mapSurvey(csv, { score: 0, comment: null, target: null, date: null }, 'nps', targets).bad.map((b) => b.line)).toEqual([4]);
    const c = parse('score\n1\n7\n8\n0');
    expect(mapSurvey(c, { score: 0, comment: null, target: null, date: null }, 'ces', targets).bad.map((b) => b.line)).toEqual([4, 5]);
  });

  it('reads dates in ISO and day/month/year form only', () => {
    expect(readDate('2026-03-14T09:30:00Z')).toBe('2026-03-14');
    expect(readDate('4.3.2026')).toBe('2026-03-04');
    expect(readDate('March 4')).toBeNull();
  });

  it('imports 50,000 rows, and main stores them in one transaction', () => {
    const lines = ['score,comment,touchpoint'];
    for (let i = 0; i < 50_000; i++) lines.push(`${(i % 5) + 1},"Comment ${i}, with a comma",Booking phone line`);
    const csv = parse(lines.join('\n'));
    const { good, bad } = mapSurvey(csv, guessMapping(csv.header), 'csat', targets);
    expect(good).toHaveLength(50_000);
    expect(bad).toEqual([]);
    expect(csat(good.map((g) => g.score))).toMatchObject({ count: 50_000, score: 40 });

    const { ok, db } = library();
    const w = ok('createWorkshop', { title: 'Big survey' });
    const importId = crypto.randomUUID();
    const ops = [
      { kind: 'create', entity: 'surveyImport', id: importId, values: { fileName: 'big.csv', kind: 'csat', importedOn: '2026-11-23' } },
      ...good.map((r) => ({ kind: 'create', entity: 'surveyResponse', id: crypto.randomUUID(), values: { importId, score: r.score, comment: r.comment, line: r.line } })),
    ];
    ok('applyOps', { workshopId: w.id, ops });
    expect(db.prepare('SELECT count(*) AS n FROM survey_response').get()).toEqual({ n: 50_000 });
  }, 60_000);
});

describe('results per touchpoint', () => {
  it('are remembered between edits, and recomputed as soon as a response or an import changes', async () => {
    const { applyOps, emptyTables } = await import('../../shared/model/ops');
    const { resultsByTarget, stageKey } = await import('../../shared/domain/survey');
    const s = stageKey('s');
    const { blankWorkshop } = await import('../helpers/workshop');
    const imp = '00000000-0000-4000-8000-000000000001';
    let doc = applyOps({ workshop: blankWorkshop(), rows: emptyTables() }, [
      { kind: 'create', entity: 'surveyImport', id: imp, values: { kind: 'csat' } },
      { kind: 'create', entity: 'surveyResponse', id: 'r1', values: { importId: imp, score: 5, stageId: 's' } },
    ]);
    const first = resultsByTarget(doc, 'csat');
    expect(first.get(s)).toMatchObject({ score: 100, count: 1 });
    doc = applyOps(doc, [{ kind: 'update', entity: 'workshop', id: 'w', patch: { vision: 'x' } }]);
    expect(resultsByTarget(doc, 'csat')).toBe(first); // unrelated edit: same answer, not recomputed
    doc = applyOps(doc, [{ kind: 'create', entity: 'surveyResponse', id: 'r2', values: { importId: imp, score: 1, stageId: 's' } }]);
    expect(resultsByTarget(doc, 'csat').get(s)).toMatchObject({ score: 50, count: 2 });
    doc = applyOps(doc, [{ kind: 'update', entity: 'surveyImport', id: imp, patch: { kind: 'ces' } }]);
    expect(resultsByTarget(doc, 'csat').get(s)).toBeUndefined();
    expect(resultsByTarget(doc, 'ces').get(s)).toMatchObject({ score: 3, count: 2 });
  });
});
