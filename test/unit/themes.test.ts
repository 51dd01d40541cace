import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, OTHER_NAME, proposeThemes } from '../../shared/domain/themes/cluster';
import { lemma, looksEnglish, termsOf } from '../../shared/domain/themes/words';

const notes = (...texts: string[]) => texts.map((text, i) => ({ id: `n${i}`, text }));

function fixture(name: string): { id: string; text: string; theme: string }[] {
  const { notes: list } = JSON.parse(fs.readFileSync(`test/fixtures/themes/${name}.json`, 'utf8')) as { notes: { text: string; theme: string }[] };
  return list.map((n, i) => ({ id: String(i), ...n }));
}

describe('grouping notes into themes', () => {
  it('gives the same themes for the same notes, every time', () => {
    const input = fixture('clinic');
    const first = proposeThemes(input);
    for (let i = 0; i < 3; i++) expect(proposeThemes(input)).toEqual(first);
  });

  it('puts every note in exactly one theme', () => {
    const input = fixture('software');
    const ids = proposeThemes(input).flatMap((t) => t.ids);
    expect([...ids].sort()).toEqual(input.map((n) => n.id).sort());
  });

  it('agrees with a person’s grouping of each labelled workshop well beyond chance', () => {
    for (const name of ['airline', 'clinic', 'software']) {
      const input = fixture(name);
      const label = new Map<string, string>();
      proposeThemes(input).forEach((t, k) => t.ids.forEach((id) => label.set(id, t.other ? `other-${id}` : `t${k}`)));
      // The bench prints the exact figures; here the floor the method must keep.
      expect(adjustedRandIndex(input.map((n) => n.theme), input.map((n) => label.get(n.id)!)), name).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('names a theme by the words its notes share', () => {
    const themes = proposeThemes(notes('Waited an hour in the queue', 'The queue at reception was long', 'Long wait to see the doctor', 'Parking was full', 'No parking spaces left'));
    expect(themes.map((t) => t.ids.length)).toEqual([3, 2]);
    expect(themes[0]!.name.toLowerCase()).toMatch(/queue|wait/);
    expect(themes[1]!.name.toLowerCase()).toContain('parking');
  });

  it('handles one note, identical notes, empty notes and notes not in English without failing', () => {
    expect(proposeThemes([])).toEqual([]);
    expect(proposeThemes(notes('Rude staff'))).toEqual([{ name: OTHER_NAME, ids: ['n0'], other: true }]);
    const same = proposeThemes(notes('Slow checkout', 'Slow checkout', 'Slow checkout'));
    expect(same).toHaveLength(1);
    expect(same[0]).toMatchObject({ ids: ['n0', 'n1', 'n2'], other: false });
    const mixed = proposeThemes(notes('', '   ', '!!!', 'Le personnel était très gentil', 'La espera fue muy larga', '服务很慢', 'Slow checkout', 'Checkout was slow'));
    expect(mixed.find((t) => t.other)?.ids).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5']);
    expect(mixed.find((t) => !t.other)?.ids).toEqual(['n6', 'n7']);
  });

  it('reports its progress from start to finish', () => {
    const seen: number[] = [];
    proposeThemes(fixture('airline'), { progress: (d) => seen.push(d) });
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

describe('words, as the grouping reads them', () => {
  it('brings a word’s forms to one', () => {
    expect(['waited', 'waiting', 'waits', 'wait'].map(lemma)).toEqual(['wait', 'wait', 'wait', 'wait']);
    expect(['stopped', 'replies', 'paid', 'children'].map(lemma)).toEqual(['stop', 'reply', 'pay', 'child']);
  });

  it('ties words of one idea to a shared concept, and drops common words', () => {
    expect(termsOf('The queue was long').map((t) => t.key)).toEqual(['queue', '~wait', 'long', '~wait']);
    expect(termsOf('and the of it')).toEqual([]);
  });

  it('tells English notes from others', () => {
    expect(looksEnglish('The nurse was kind')).toBe(true);
    expect(looksEnglish('Le personnel était très gentil')).toBe(false);
    expect(looksEnglish('Der Service war sehr langsam')).toBe(false);
    expect(looksEnglish('服务很慢')).toBe(false);
  });
});

describe('the adjusted Rand index', () => {
  it('is 1 for the same grouping under other names, and near 0 for an unrelated one', () => {
    expect(adjustedRandIndex(['a', 'a', 'b', 'b'], ['x', 'x', 'y', 'y'])).toBe(1);
    expect(adjustedRandIndex(['a', 'a', 'b', 'b'], ['x', 'y', 'x', 'y'])).toBeLessThan(0);
    expect(adjustedRandIndex(['a', 'a', 'a', 'b', 'b', 'b'], ['x', 'x', 'y', 'y', 'z', 'z'])).toBeCloseTo(0.2424, 3);
  });
});

describe('themes in the report', () => {
  it('prints each journey’s accepted themes with what their notes say, in the PDF, its outline and the Word document', async () => {
    const { library, uid } = await import('../helpers/library');
    const { sampleWorkshopOps } = await import('../helpers/sample-workshop');
    const { acceptThemesOps } = await import('../../shared/domain/themes/ops');
    const { execFileSync } = await import('node:child_process');
    const os = await import('node:os');
    const path = await import('node:path');
    const lib = library();
    const w = lib.ok('createWorkshop', { title: 'Themes in print' });
    const { ids, ops } = sampleWorkshopOps(uid);
    lib.ok('applyOps', { workshopId: w.id, ops });
    const add = ['On hold for ages', 'Nobody picked up the phone'].map((text, i) => ({ kind: 'create' as const, entity: 'note' as const, id: uid(), values: { journeyId: ids.journey, stageId: ids.s1, laneId: ids.goals, text, position: 10 + i } }));
    lib.ok('applyOps', { workshopId: w.id, ops: add });
    const doc = lib.ok('openWorkshop', { id: w.id });
    lib.ok('applyOps', { workshopId: w.id, ops: acceptThemesOps(doc, ids.journey, [{ name: 'Reaching us', ids: add.map((o) => o.id) }], uid) });

    const pdf = await lib.okLater('exportReport', { workshopId: w.id });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tp-themes-'));
    fs.writeFileSync(path.join(dir, 'r.pdf'), Buffer.from(pdf.content, 'base64'));
    const text = execFileSync('pdftotext', [path.join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Themes: Support journey');
    expect(text).toContain('Reaching us (2)');
    expect(text).toContain('• Nobody picked up the phone');
    const outline = await lib.okLater('reportOutline', { workshopId: w.id });
    expect(outline.map((s: { key: string }) => s.key)).toContain(`themes:${ids.journey}`);

    const word = await lib.okLater('exportReport', { workshopId: w.id, format: 'docx' });
    const { default: JSZip } = await import('jszip');
    const xml = await (await JSZip.loadAsync(Buffer.from(word.content, 'base64'))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Reaching us (2)');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('what themes do, as edits', () => {
  async function setup() {
    const { library, uid } = await import('../helpers/library');
    const { sampleWorkshopOps } = await import('../helpers/sample-workshop');
    const lib = library();
    const w = lib.ok('createWorkshop', { title: 'Theme ops' });
    const { ids, ops } = sampleWorkshopOps(uid);
    lib.ok('applyOps', { workshopId: w.id, ops });
    const texts = ['On hold for ages', 'Nobody picked up', 'Bill was wrong'];
    const notes = texts.map((text, i) => ({ kind: 'create' as const, entity: 'note' as const, id: uid(), values: { journeyId: ids.journey, stageId: ids.s2, laneId: ids.goals, text, roomPrompt: i < 2 ? 'What was slow?' : '', fromRoom: i < 2 ? 'phone-1' : '', position: 10 + i } }));
    lib.ok('applyOps', { workshopId: w.id, ops: notes });
    const doc = () => lib.ok('openWorkshop', { id: w.id });
    return { lib, w, ids, uid, doc, noteIds: notes.map((n) => n.id) };
  }

  it('offers the selection, each lane and stage, the room’s answers to each question, and every note', async () => {
    const { themeSources } = await import('../../shared/domain/themes/ops');
    const { ids, doc, noteIds } = await setup();
    const sources = themeSources(doc(), ids.journey, [noteIds[2]!]);
    expect(sources.map((s) => [s.label, s.ids.length])).toEqual([
      ['The 1 note selected on the map', 1],
      ['Lane: Customer goals (4 notes)', 4],
      ['Stage: Ask for help (1 note)', 1],
      ['Stage: Problem solved (3 notes)', 3],
      ['The room’s answers to “What was slow?” (2 notes)', 2],
      ['Every note on this journey (4 notes)', 4],
    ]);
  });

  it('accepts themes as rows its notes point at, labels them, puts one on the map, and deleting it keeps the notes', async () => {
    const { acceptThemesOps, labelNotesOps, themeToNoteOps, themesOf } = await import('../../shared/domain/themes/ops');
    const { lib, w, ids, uid, doc, noteIds } = await setup();
    lib.ok('applyOps', { workshopId: w.id, ops: acceptThemesOps(doc(), ids.journey, [{ name: ' ', ids: noteIds.slice(0, 2) }, { name: 'Empty', ids: [] }], uid) });
    const [theme] = themesOf(doc(), ids.journey);
    expect(theme).toMatchObject({ name: 'Untitled theme', journeyId: ids.journey });
    lib.ok('applyOps', { workshopId: w.id, ops: [{ kind: 'update', entity: 'theme', id: theme!.id, patch: { name: 'Reaching us' } }] });
    lib.ok('applyOps', { workshopId: w.id, ops: labelNotesOps(doc(), theme!.id) });
    expect(labelNotesOps(doc(), theme!.id)).toEqual([]); // once
    expect(noteIds.slice(0, 2).map((id) => doc().rows.note[id].tags)).toEqual([['Reaching us'], ['Reaching us']]);
    lib.ok('applyOps', { workshopId: w.id, ops: themeToNoteOps(doc(), theme!.id, { stageId: ids.s1, laneId: ids.goals }, uid) });
    const made = Object.values(doc().rows.note as Record<string, { text: string; description: string }>).find((n) => n.text === 'Reaching us');
    expect(made?.description).toBe('• On hold for ages\n• Nobody picked up');
    lib.ok('applyOps', { workshopId: w.id, ops: [{ kind: 'delete', entity: 'theme', id: theme!.id }] });
    expect(noteIds.map((id) => [doc().rows.note[id].text, doc().rows.note[id].themeId])).toEqual([
      ['On hold for ages', null],
      ['Nobody picked up', null],
      ['Bill was wrong', null],
    ]);
  });
});
