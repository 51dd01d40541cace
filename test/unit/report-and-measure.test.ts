import { describe, expect, it } from 'vitest';
import { metricName, metricRows, formatValue } from '../../shared/domain/measure';
import { missingForReport } from '../../shared/domain/report';
import { measureStatus, reportStatus } from '../../shared/domain/step-status';
import { applyOps, emptyTables, type WorkshopDoc } from '../../shared/model/ops';
import { saveDialogOptions } from '../../electron/save-dialog';
import { isPresenterUrl, presenterWindowOptions } from '../../electron/presenter-window';
import { parseNumber } from '../../renderer/ui/number';
import { blankWorkshop } from '../helpers/workshop';
import { sampleWorkshopOps } from '../helpers/sample-workshop';

let n = 0;
const uid = () => `22222222-2222-4222-8222-${String(++n).padStart(12, '0')}`;
const sample = (): WorkshopDoc => applyOps({ workshop: blankWorkshop({ vision: 'Looked after' }), rows: emptyTables() }, sampleWorkshopOps(uid).ops);

describe('the measurement plan', () => {
  it('names a metric by its kind, or by the name given to a custom one', () => {
    expect(metricName({ kind: 'fcr', customName: '' })).toBe('First-contact resolution');
    expect(metricName({ kind: 'custom', customName: ' Calls per booking ' })).toBe('Calls per booking');
    expect(metricName({ kind: 'custom', customName: '' })).toBe('Unnamed metric');
  });

  it('prints values with their unit', () => {
    expect(formatValue(40, '%')).toBe('40%');
    expect(formatValue(2.456, 'days')).toBe('2.46 days');
    expect(formatValue(null, '%')).toBe('');
  });

  it('takes the value now from a survey of another period than the baseline’s, and says how far it has come', () => {
    const [row] = metricRows(sample(), '2026-12-01');
    expect(row).toMatchObject({
      name: 'CSAT (satisfaction)',
      place: 'Ask for help → Phone line',
      baseline: '40%',
      current: '60% (Nov 2026)',
      target: '75%',
      progress: '57% of the way to the target',
      met: false,
      actions: ['Call-back service'],
    });
  });

  it('is done when every metric has a baseline and a target', () => {
    const doc = sample();
    expect(measureStatus(doc)).toEqual({ complete: true, summary: '1 metric' });
    const id = Object.keys(doc.rows.metric)[0]!;
    expect(measureStatus(applyOps(doc, [{ kind: 'update', entity: 'metric', id, patch: { target: null } }]))).toEqual({ complete: false, summary: '1 metric · 1 without a target' });
  });
});

describe('what the report still needs', () => {
  it('lists each missing part with the step that fixes it', () => {
    const empty: WorkshopDoc = { workshop: blankWorkshop(), rows: emptyTables() };
    expect(missingForReport(empty).map((m) => m.step)).toEqual(['setup', 'personas', 'journey', 'gaps', 'actions', 'measure']);
  });

  it('counts unscored gaps, gaps without an action and actions without an owner or a date', () => {
    const doc = applyOps(sample(), [{ kind: 'create', entity: 'action', id: uid(), values: { title: 'Loose end' } }]);
    expect(missingForReport(doc).map((m) => m.text)).toEqual(['1 gap has no action.', '1 action has no owner.', '1 action has no due date.']);
    expect(reportStatus(doc)).toEqual({ complete: false, summary: '3 things missing' });
  });

  it('is complete for a workshop with everything filled in', () => {
    const doc = sample();
    const gap = Object.values(doc.rows.gap).find((g) => g.title === 'Generic follow-up')!;
    const done = applyOps(doc, [{ kind: 'create', entity: 'actionGap', id: uid(), values: { actionId: Object.keys(doc.rows.action)[1]!, gapId: gap.id } }]);
    expect(missingForReport(done)).toEqual([]);
    expect(reportStatus(done)).toEqual({ complete: true, summary: 'Ready to export' });
  });
});

describe('typing a number', () => {
  it('accepts a decimal point or a decimal comma, and refuses words', () => {
    expect(parseNumber(' 3,5 ')).toBe(3.5);
    expect(parseNumber('-12')).toBe(-12);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('three')).toBeNaN();
    expect(parseNumber('1e9')).toBeNaN();
  });
});

describe('saving an export in the desktop app', () => {
  it('offers the file’s own type and starts in Documents', () => {
    expect(saveDialogOptions('Acme report.pdf', '/home/sam/Documents')).toEqual({
      title: 'Save export',
      defaultPath: '/home/sam/Documents/Acme report.pdf',
      filters: [{ name: 'PDF document', extensions: ['pdf'] }, { name: 'All files', extensions: ['*'] }],
    });
    expect(saveDialogOptions('../../etc/x.touchpoint', '/d').defaultPath).toBe('/d/x.touchpoint');
  });
});

describe('the presenter window', () => {
  const display = (id: number, x: number) => ({ id, workArea: { x, y: 0, width: 1920, height: 1040 }, bounds: { x, y: 0, width: 1920, height: 1080 } });

  it('opens only for our own presenter address', () => {
    expect(isPresenterUrl('app://touchpoint/#/present/11111111-1111-4111-8111-111111111111')).toBe(true);
    expect(isPresenterUrl('https://example.com/#/present/11111111-1111-4111-8111-111111111111')).toBe(false);
    expect(isPresenterUrl('app://touchpoint/#/w/11111111-1111-4111-8111-111111111111/setup')).toBe(false);
    expect(isPresenterUrl('not a url')).toBe(false);
  });

  it('goes full screen on the second display when there is one', () => {
    expect(presenterWindowOptions([display(1, 0), display(2, 1920)], 1, {})).toMatchObject({ x: 1920, fullscreen: true, width: 1920 });
  });

  it('with one display, opens windowed in the lower right, leaving the main window’s controls in view', () => {
    expect(presenterWindowOptions([display(1, 0)], 1, {})).toEqual(
      expect.objectContaining({ x: 1920 - 1152, y: 1040 - 624, width: 1152, height: 624, fullscreen: false }),
    );
  });

  it('on Wayland, where a window cannot choose its place, opens windowed and says how to move it', () => {
    const options = presenterWindowOptions([display(1, 0), display(2, 1920)], 1, {}, { wayland: true });
    expect(options).toMatchObject({ fullscreen: false, width: 1280, height: 800 });
    expect(options).not.toHaveProperty('x');
    expect(options.title).toMatch(/drag this window to the projector/);
  });
});

describe('the report plan', () => {
  it('holds every section in the usual order until the consultant chooses, on A4', async () => {
    const { reportPlan, REPORT_SECTIONS } = await import('../../shared/domain/report-plan');
    expect(reportPlan({ reportSections: '', reportPageSize: 'a4' })).toEqual({ sections: [...REPORT_SECTIONS], pageSize: 'a4' });
    expect(reportPlan({ reportSections: '["gaps","summary","nonsense","gaps"]', reportPageSize: 'letter' })).toEqual({ sections: ['gaps', 'summary'], pageSize: 'letter' });
    expect(reportPlan({ reportSections: '{broken', reportPageSize: 'a4' }).sections).toEqual([...REPORT_SECTIONS]);
  });

  it('moves a section up or down, and puts one turned back on in its usual place', async () => {
    const { moveSection, toggleSection } = await import('../../shared/domain/report-plan');
    expect(moveSection(['summary', 'gaps', 'actions'], 'actions', -1)).toEqual(['summary', 'actions', 'gaps']);
    expect(moveSection(['summary', 'gaps'], 'summary', -1)).toEqual(['summary', 'gaps']);
    expect(toggleSection(['summary', 'actions'], 'gaps', true)).toEqual(['summary', 'gaps', 'actions']);
    expect(toggleSection(['summary', 'gaps', 'actions'], 'gaps', false)).toEqual(['summary', 'actions']);
  });
});
