/**
 * Step 3, the journey map: pick or create a journey (blank or from a template), then work on it
 * as a canvas or as an accessible table of the same data.
 */
import { Labeled } from '../../ui/Labeled';
import { Eraser, FileDown, FileUp, Group as GroupIcon, Image as ImageIcon, Plus, Rows3, Sheet, Trash2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { newJourneyOps, stagesOf, untouchedPromptIds } from '../../../shared/domain/journey';
import { journeyToOjf, ojfPersonaName, ojfToOps, parseOjf } from '../../../shared/domain/ojf';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { byPosition, nextPosition } from '../../../shared/model/positions';
import { FileButton } from '../../ui/FileButton';
import { msg } from '../../../shared/strings';
import { JourneyCanvas, type JourneyCanvasHandle } from '../../canvas/JourneyCanvas';
import { mapToPng } from '../../canvas/export-png';
import { useMapUi } from '../../canvas/map-ui';
import { ZoomControls } from '../../canvas/ZoomControls';
import { fileName } from '../../../shared/domain/file-name';
import { download } from '../../export/download';
import { newId } from '../../ids';
import { useRoute } from '../../store/route';
import { toast } from '../../store/toasts';
import { useWorkshop } from '../../store/workshop';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import { JourneyPicker } from '../../ui/JourneyPicker';
import { HeatLegend } from '../../ui/heat';
import { PersonaOptions } from '../../ui/PersonaOptions';
import { JourneyTable } from './JourneyTable';
import { ThemeBoard } from '../../themes/ThemeBoard';
import { ThemesDialog } from '../../themes/ThemesDialog';
import { LanesDialog } from './LanesDialog';
import { NoteImportDialog } from './NoteImportDialog';
import { NewJourneyDialog } from './NewJourneyDialog';
import { TEMPLATES } from './templates';

type View = 'map' | 'table' | 'themes';

export function JourneyStep({ doc, item }: { doc: WorkshopDoc; item?: string }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const go = useRoute((s) => s.go);
  const journeys = byPosition(Object.values(doc.rows.journey));
  const journey = (item && doc.rows.journey[item]) || journeys[0];
  const [view, setView] = useState<View>('map');
  const [creating, setCreating] = useState(false);
  const [lanesOpen, setLanesOpen] = useState(false);
  const [notesOpen, setNotesOpen] = useState(false);
  const [grouping, setGrouping] = useState(false);
  const [deletingStage, setDeletingStage] = useState<string | null>(null);
  const [deletingJourney, setDeletingJourney] = useState(false);
  const [drawAll, setDrawAll] = useState(false);
  const [unmapped, setUnmapped] = useState<{ title: string; items: string[] } | null>(null);
  const canvasRef = useRef<JourneyCanvasHandle | null>(null);
  const heatMap = useMapUi((s) => s.heatMap);

  const openJourney = (id: string) => go({ screen: 'workshop', workshopId: doc.workshop.id, step: 'journey', item: id });

  // Exporting draws every note (the canvas normally skips those out of view), then captures.
  useEffect(() => {
    if (!drawAll) return;
    const handle = canvasRef.current;
    if (!handle?.stage || !journey) return setDrawAll(false);
    const name = journey.name || msg.journey.heading;
    mapToPng(handle.stage, handle.layout)
      .then((blob) => {
        const file = fileName(`${doc.workshop.client} ${name}`.trim(), 'png');
        download(file, blob);
        toast(msg.journey.exported(file));
      })
      .catch((err: unknown) => toast(String(err instanceof Error ? err.message : err), 'error'))
      .finally(() => setDrawAll(false));
  }, [drawAll]);

  const createJourney = (spec: Parameters<typeof newJourneyOps>[0]) => {
    dispatch(newJourneyOps(spec, newId));
    setCreating(false);
    openJourney(spec.journeyId);
  };

  const importFile = async (file: File) => {
    const parsed = parseOjf(await file.text());
    if (!parsed.ok) return toast(msg.journey.ojf.refused(parsed.error), 'error');
    const journeyId = newId();
    const personas = Object.values(doc.rows.persona);
    const { ops, unmapped: lost } = ojfToOps(parsed.value, { journeyId, position: nextPosition(journeys), name: file.name.replace(/\.ojf$/i, ''), personas }, newId);
    dispatch(ops);
    openJourney(journeyId);
    const name = parsed.value.title?.trim() || ojfPersonaName(parsed.value) || file.name;
    if (lost.length) {
      setUnmapped({ title: msg.journey.ojf.unmappedTitle, items: lost });
      toast(msg.journey.ojf.importedWithNotes(name, lost.length));
    } else toast(msg.journey.ojf.imported(name));
  };

  const header = (
    <header className="step-header step-header-row journey-header">
      <div>
        <p className="eyebrow">{msg.steps.journey}</p>
        <h1>{msg.journey.heading}</h1>
      </div>
      <div className="journey-header-tools">
        {journey && (
          <button type="button" className="btn btn-secondary" title={msg.themes.groupHint} onClick={() => setGrouping(true)}>
            <GroupIcon size={16} aria-hidden />
            {msg.themes.group}
          </button>
        )}
        {journey && (
          <button type="button" className="btn btn-secondary" onClick={() => setNotesOpen(true)}>
            <Sheet size={16} aria-hidden />
            {msg.journey.noteImport.button}
          </button>
        )}
        <FileButton label={msg.journey.importOjf} accept=".ojf,application/json" onFile={importFile}>
          <FileUp size={16} aria-hidden />
          {msg.journey.importOjf}
        </FileButton>
        <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
          <Plus size={18} aria-hidden />
          {msg.journey.newJourney}
        </button>
      </div>
    </header>
  );

  const dialogs = (
    <>
      <NewJourneyDialog
        open={creating}
        doc={doc}
        onClose={() => setCreating(false)}
        onCreate={(spec) => createJourney({ ...spec, position: nextPosition(journeys) })}
      />
      <Dialog open={unmapped !== null} title={unmapped?.title ?? ''} onClose={() => setUnmapped(null)} actions={null}>
        <ul className="unmapped-list">
          {(unmapped?.items ?? []).map((u, i) => (
            <li key={i}>{u}</li>
          ))}
        </ul>
      </Dialog>
    </>
  );

  if (!journey) {
    return (
      <div className="step-layout step-layout-single">
        <div className="step-content">
          {header}
          <div className="empty">
            <h2>{msg.journey.empty}</h2>
            <p>{msg.journey.emptyHint}</p>
            <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
              <Plus size={18} aria-hidden />
              {msg.journey.newJourney}
            </button>
          </div>
        </div>
        {dialogs}
      </div>
    );
  }

  const stages = stagesOf(doc.rows, journey.id);
  const stageToDelete = deletingStage ? doc.rows.stage[deletingStage] : undefined;
  const countIn = (table: 'note' | 'touchpoint', stageId: string) => Object.values(doc.rows[table]).filter((r) => r.stageId === stageId).length;

  const prompts = untouchedPromptIds(doc, journey.id, TEMPLATES.find((t) => t.id === journey.templateId));

  const addStage = () => {
    const id = newId();
    dispatch([{ kind: 'create', entity: 'stage', id, values: { journeyId: journey.id, name: msg.journey.newStage, position: nextPosition(stages) } }]);
    if (view === 'map') useMapUi.getState().edit({ kind: 'stage', id });
  };

  return (
    <div className="journey-step">
      {header}
      <div className="journey-bar">
        <JourneyPicker doc={doc} step="journey" value={journey.id} />
        <Labeled className="inline-label" label={msg.journey.journeyName}>
          {(id) => (
            <input id={id}
              className="input"
              value={journey.name}
              maxLength={200}
              onChange={(e) =>
                dispatch([{ kind: 'update', entity: 'journey', id: journey.id, patch: { name: e.target.value } }], { mergeKey: `journey:${journey.id}:name` })
              }
            />
          )}
        </Labeled>
        <Labeled className="inline-label" label={msg.journey.forPersona}>
          {(id) => (
            <select id={id}
              className="input select"
              value={journey.personaId ?? ''}
              onChange={(e) => dispatch([{ kind: 'update', entity: 'journey', id: journey.id, patch: { personaId: e.target.value || null } }])}
            >
              <PersonaOptions doc={doc} />
            </select>
          )}
        </Labeled>
        <Labeled className="inline-label journey-pov" label={msg.journey.details.pointOfView}>
          {(id) => (
            <input
              id={id}
              className="input"
              value={journey.pointOfView}
              maxLength={2000}
              placeholder={msg.journey.details.pointOfViewPlaceholder}
              onChange={(e) =>
                dispatch([{ kind: 'update', entity: 'journey', id: journey.id, patch: { pointOfView: e.target.value } }], { mergeKey: `journey:${journey.id}:pointOfView` })
              }
            />
          )}
        </Labeled>
        <button type="button" className="icon-btn icon-btn-danger" aria-label={msg.journey.deleteJourney} title={msg.journey.deleteJourney} onClick={() => setDeletingJourney(true)}>
          <Trash2 size={17} aria-hidden />
        </button>
        <div className="segmented" role="radiogroup" aria-label={msg.journey.viewLabel}>
          {(['map', 'table', 'themes'] as const).map((v) => (
            <label key={v} className={`segment${view === v ? ' is-on' : ''}`}>
              <input type="radio" name="journey-view" checked={view === v} onChange={() => setView(v)} />
              {msg.journey.view[v]}
            </label>
          ))}
        </div>
      </div>

      <div className="map-toolbar" role="toolbar" aria-label={msg.journey.toolbar}>
        <button type="button" className="btn btn-secondary btn-small" onClick={addStage}>
          <Plus size={15} aria-hidden />
          {msg.journey.addStage}
        </button>
        <button type="button" className="btn btn-secondary btn-small" onClick={() => setLanesOpen(true)}>
          <Rows3 size={15} aria-hidden />
          {msg.journey.lanesButton}
        </button>
        {prompts.length > 0 && (
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => {
              dispatch(prompts.map((id) => ({ kind: 'delete' as const, entity: 'note' as const, id })));
              toast(msg.journey.promptsCleared(prompts.length));
            }}
          >
            <Eraser size={15} aria-hidden />
            {msg.journey.clearPrompts(prompts.length)}
          </button>
        )}
        <div className="toolbar-spacer" />
        {view === 'map' && (
          <>
            <label className="checkbox">
              <input type="checkbox" checked={heatMap} onChange={(e) => useMapUi.getState().setHeatMap(e.target.checked)} />
              {msg.gaps.heatMap}
            </label>
            <ZoomControls store={useMapUi} />
            <button
              type="button"
              className="btn btn-secondary btn-small"
              onClick={() => {
                useMapUi.getState().select([]);
                useMapUi.getState().setActive(null);
                setDrawAll(true);
              }}
            >
              <ImageIcon size={15} aria-hidden />
              {msg.journey.exportPng}
            </button>
          </>
        )}
        <button
          type="button"
          className="btn btn-secondary btn-small"
          onClick={() => {
            const { file: data, unwritten } = journeyToOjf(doc, journey.id);
            const file = fileName(journey.name || msg.journey.heading, 'ojf');
            download(file, new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
            if (unwritten.length) {
              setUnmapped({ title: msg.journey.ojf.unwrittenTitle, items: unwritten });
              toast(msg.journey.ojf.exportedWithNotes(file, unwritten.length));
            } else toast(msg.journey.exported(file));
          }}
        >
          <FileDown size={15} aria-hidden />
          {msg.journey.exportOjf}
        </button>
      </div>

      {view === 'map' && heatMap && <HeatLegend />}
      {view === 'map' ? (
        <JourneyCanvas doc={doc} journeyId={journey.id} canvasRef={canvasRef} drawAll={drawAll} onRequestDeleteStage={setDeletingStage} />
      ) : view === 'table' ? (
        <JourneyTable doc={doc} journeyId={journey.id} />
      ) : (
        <ThemeBoard doc={doc} journeyId={journey.id} />
      )}
      {grouping && (
        <ThemesDialog
          open
          doc={doc}
          journeyId={journey.id}
          selected={useMapUi.getState().selected}
          onClose={() => setGrouping(false)}
          onAccepted={() => setView('themes')}
        />
      )}

      {dialogs}
      <LanesDialog open={lanesOpen} doc={doc} journeyId={journey.id} onClose={() => setLanesOpen(false)} />
      <NoteImportDialog
        open={notesOpen}
        doc={doc}
        journeyId={journey.id}
        onClose={() => setNotesOpen(false)}
        onPlaced={(r) => {
          setNotesOpen(false);
          const N = msg.journey.noteImport;
          const problems = [...r.unplaced, ...r.cut].sort((a, b) => a.line - b.line);
          if (problems.length) {
            setUnmapped({ title: N.unplacedTitle, items: problems.map((u) => N.line(u.line, u.text, u.reason)) });
            toast(N.placedWithout(r.placed, problems.length));
          } else toast(N.placed(r.placed));
        }}
      />
      <ConfirmDialog
        open={!!stageToDelete}
        title={msg.journey.deleteStageTitle}
        confirmLabel={msg.common.delete}
        onClose={() => setDeletingStage(null)}
        onConfirm={() => {
          if (stageToDelete) dispatch([{ kind: 'delete', entity: 'stage', id: stageToDelete.id }]);
          setDeletingStage(null);
        }}
      >
        <p>{stageToDelete ? msg.journey.deleteStageBody(stageToDelete.name, countIn('note', stageToDelete.id), countIn('touchpoint', stageToDelete.id)) : ''}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={deletingJourney}
        title={msg.journey.deleteJourneyTitle}
        confirmLabel={msg.common.delete}
        onClose={() => setDeletingJourney(false)}
        onConfirm={() => {
          dispatch([{ kind: 'delete', entity: 'journey', id: journey.id }]);
          setDeletingJourney(false);
          go({ screen: 'workshop', workshopId: doc.workshop.id, step: 'journey' });
        }}
      >
        <p>{msg.journey.deleteJourneyBody(journey.name)}</p>
      </ConfirmDialog>
    </div>
  );
}
