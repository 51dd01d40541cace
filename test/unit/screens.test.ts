import { describe, expect, it } from 'vitest';
import { panelChoiceKey, panelOpen } from '../../renderer/workshop/panels';
import { fitView, READABLE_ZOOM } from '../../renderer/canvas/viewport';

describe('the rail and the guide on screens of every size', () => {
  it('show step names and the guide on a roomy screen, and fold both on a 1024-pixel laptop', () => {
    expect(panelOpen(null, 'rail', 1920, false)).toBe(true);
    expect(panelOpen(null, 'guide', 1920, false)).toBe(true);
    expect(panelOpen(null, 'rail', 1024, false)).toBe(false);
    expect(panelOpen(null, 'guide', 1024, false)).toBe(false);
  });

  it('give a 1280 × 720 projector the rail’s width for the map, and keep the guide open on form steps', () => {
    expect(panelOpen(null, 'rail', 1280, false)).toBe(false);
    expect(panelOpen(null, 'guide', 1280, false)).toBe(true);
  });

  it('start the guide folded on the canvas steps whatever the width', () => {
    expect(panelOpen(null, 'guide', 2560, true)).toBe(false);
  });

  it('follow the facilitator’s choice over the default', () => {
    expect(panelOpen('true', 'rail', 1024, false)).toBe(true);
    expect(panelOpen('false', 'guide', 1920, false)).toBe(false);
  });

  it('remember a choice for its size of screen only, and for the guide per kind of step', () => {
    expect(panelChoiceKey('rail', 1024, false)).not.toBe(panelChoiceKey('rail', 1920, false));
    expect(panelChoiceKey('guide', 1920, true)).not.toBe(panelChoiceKey('guide', 1920, false));
    expect(panelChoiceKey('guide', 1024, false)).toBe(panelChoiceKey('guide', 800, false));
  });
});

describe('fit to screen', () => {
  it('shows the whole map when it stays readable, centred and never larger than life', () => {
    const view = fitView({ width: 1200, height: 800 }, { width: 900, height: 600 });
    expect(view.zoom).toBe(1);
    expect(view.pan.x).toBe(150);
    const smaller = fitView({ width: 1000, height: 700 }, { width: 1300, height: 900 });
    expect(smaller.zoom).toBeCloseTo(Math.min(952 / 1300, 652 / 900));
    expect(smaller.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
  });

  it('fits a tall map’s width instead of shrinking it to unreadable grey bars', () => {
    // Eight lanes on a 1280 × 720 projector: the whole map would be drawn at about 30 %.
    const view = fitView({ width: 1100, height: 420 }, { width: 1500, height: 1400 });
    expect(view.zoom).toBeCloseTo(1052 / 1500);
    expect(view.pan).toEqual({ x: 24, y: 24 });
  });
});

describe('evidence as what it is', () => {
  it('quotes a customer’s words once, and shows a figure from analytics as written', async () => {
    const { evidenceText, isCustomerWords } = await import('../../shared/domain/evidence');
    expect(evidenceText({ kind: 'quote', text: 'I gave up' })).toBe('“I gave up”');
    expect(evidenceText({ kind: 'interview', text: '“Nobody called back”' })).toBe('“Nobody called back”');
    expect(evidenceText({ kind: 'analytics', text: ' 41% drop at checkout ' })).toBe('41% drop at checkout');
    expect(isCustomerWords({ kind: 'support' })).toBe(false);
  });
});
