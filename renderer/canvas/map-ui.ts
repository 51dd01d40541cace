/**
 * The journey map's view state: zoom, pan, the selection, the active cell and what is being
 * edited. Kept apart from the workshop store: none of it is saved, and changing it never touches
 * the undo history.
 */
import { create, type UseBoundStore, type StoreApi } from 'zustand';

export type Editing =
  | { kind: 'note'; id: string; draft?: { stageId: string; laneId: string; index: number } }
  | { kind: 'stage'; id: string }
  | { kind: 'touchpoint'; id: string }
  | { kind: 'noteDetails'; id: string }
  | { kind: 'blueprintItem'; id: string }
  | null;

/** The active cell's laneId when the keyboard is on the row of stage headers (not a lane). */
export const STAGE_ROW = 'stage-headers';

export interface Cell {
  stageId: string;
  laneId: string;
}

export interface CanvasUiState {
  journeyId: string | null;
  zoom: number;
  pan: { x: number; y: number };
  selected: string[];
  active: Cell | null;
  editing: Editing;
  /** Colour touchpoints by their gap (kept across steps for the session). */
  heatMap: boolean;
  setHeatMap(on: boolean): void;
  reset(journeyId: string): void;
  setView(zoom: number, pan: { x: number; y: number }): void;
  select(ids: string[]): void;
  toggle(id: string): void;
  setActive(cell: Cell | null): void;
  edit(editing: Editing): void;
}

export const MIN_ZOOM = 0.2;
export const MAX_ZOOM = 2.5;
export const clampZoom = (z: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, z));

export type CanvasUiStore = UseBoundStore<StoreApi<CanvasUiState>>;

/** One view state per canvas, so the map and the blueprint keep their own zoom and selection. */
export const createCanvasUi = (): CanvasUiStore =>
  create<CanvasUiState>((set, get) => ({
  journeyId: null,
  zoom: 1,
  pan: { x: 24, y: 24 },
  selected: [],
  active: null,
  editing: null,
  heatMap: false,
  setHeatMap: (heatMap) => set({ heatMap }),
  reset: (journeyId) => {
    if (get().journeyId === journeyId) return;
    set({ journeyId, zoom: 1, pan: { x: 24, y: 24 }, selected: [], active: null, editing: null });
  },
  setView: (zoom, pan) => set({ zoom: clampZoom(zoom), pan }),
  select: (ids) => set({ selected: ids }),
  toggle: (id) => {
    const s = get().selected;
    set({ selected: s.includes(id) ? s.filter((x) => x !== id) : [...s, id] });
  },
  setActive: (active) => set({ active }),
  edit: (editing) => set({ editing }),
}));

export const useMapUi = createCanvasUi();
export const useBlueprintUi = createCanvasUi();
