import { describe, expect, it } from 'vitest';
import { actionRows, gapsWithoutAction, quadrantOf } from '../../shared/domain/actions';
import { toCsv, toMarkdownTable } from '../../shared/domain/tabular';
import { applyOps, emptyTables } from '../../shared/model/ops';
import { blankWorkshop } from '../helpers/workshop';

describe('the impact/effort matrix', () => {
  it('puts each action in its quadrant, 3 and above counting as high', () => {
    expect(quadrantOf(5, 1)).toBe('quick_win');
    expect(quadrantOf(3, 3)).toBe('big_bet');
    expect(quadrantOf(2, 2)).toBe('fill_in');
    expect(quadrantOf(1, 5)).toBe('money_pit');
    expect(quadrantOf(null, 2)).toBeNull();
  });
});

describe('the action list', () => {
  const doc = applyOps({ workshop: blankWorkshop(), rows: emptyTables() }, [
    { kind: 'create', entity: 'journey', id: 'j', values: { name: 'J' } },
    { kind: 'create', entity: 'stage', id: 's', values: { journeyId: 'j', name: 'Book' } },
    { kind: 'create', entity: 'touchpoint', id: 't', values: { journeyId: 'j', stageId: 's', name: 'Phone line' } },
    { kind: 'create', entity: 'gap', id: 'g1', values: { touchpointId: 't', title: 'Long holds', position: 1 } },
    { kind: 'create', entity: 'gap', id: 'g2', values: { touchpointId: 't', title: '', position: 2 } },
    { kind: 'create', entity: 'action', id: 'a', values: { title: 'Call-back service', owner: 'Dana', impact: 4, effort: 2, dueDate: '2027-01-31' } },
    { kind: 'create', entity: 'actionGap', id: 'l', values: { actionId: 'a', gapId: 'g1' } },
  ]);

  it('shows which gaps no action closes yet', () => {
    expect(gapsWithoutAction(doc).map((g) => g.id)).toEqual(['g2']);
  });

  it('lists each action with its quadrant and the gaps it closes', () => {
    expect(actionRows(doc)).toEqual([
      { title: 'Call-back service', description: '', owner: 'Dana', team: '', dueDate: '2027-01-31', status: 'not_started', impact: 4, effort: 2, quadrant: 'quick_win', wow: false, gaps: ['Long holds'], metric: '' },
    ]);
  });
});

describe('tables for other programs', () => {
  it('write CSV by RFC 4180, with a BOM for Excel', () => {
    const csv = toCsv(['Action', 'Note'], [['Call back, fast', 'Say "sorry"\nthen fix it'], ['Café', 'plain']]);
    expect(csv).toBe('\uFEFFAction,Note\r\n"Call back, fast","Say ""sorry""\nthen fix it"\r\nCafé,plain\r\n');
  });
  it('never hand a spreadsheet a formula to run', () => {
    expect(toCsv(['x'], [['=HYPERLINK("http://x")'], ['-2+3']])).toBe('\uFEFFx\r\n"\'=HYPERLINK(""http://x"")"\r\n\'-2+3\r\n');
  });
  it('write Markdown tables with pipes and line breaks escaped', () => {
    expect(toMarkdownTable(['A', 'B'], [['x | y', 'one\ntwo']])).toBe('| A | B |\n| --- | --- |\n| x \\| y | one<br>two |\n');
  });
});

describe('exporting the action list', () => {
  it('is done by main, as CSV with a BOM or as Markdown, from what is stored', async () => {
    const { library, uid } = await import('../helpers/library');
    const { ok, okLater, callLater } = library();
    const w = ok('createWorkshop', { title: 'Renewals', client: 'Globex, Inc.' });
    const a = uid();
    ok('applyOps', {
      workshopId: w.id,
      ops: [{ kind: 'create', entity: 'action', id: a, values: { title: 'Call back, within the hour', owner: 'Dana', team: 'service', impact: 5, effort: 2, status: 'in_progress' } }],
    });
    const csv = await okLater('exportActionList', { workshopId: w.id, format: 'csv' });
    expect(csv.fileName).toBe('Globex-Inc-Renewals-actions.csv');
    expect(csv.content).toBe(
      '\uFEFFAction,Owner,Team,Due,Status,Impact,Effort,Quadrant,Wow moment,Closes gaps,Metric,Details\r\n"Call back, within the hour",Dana,Service & support,,In progress,5,2,Quick wins,,,,\r\n',
    );
    const md = await okLater('exportActionList', { workshopId: w.id, format: 'markdown' });
    expect(md.content).toContain('# Action list: Renewals');
    expect(md.content).toContain('| Call back, within the hour | Dana | Service & support |  | In progress | 5 | 2 | Quick wins |  |  |  |  |');
    expect(await callLater('exportActionList', { workshopId: w.id, format: 'docx' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
