/** The workshop library screen's data: the list, and the calls that change it. */
import { create } from 'zustand';
import type { WorkshopSummary } from '../../shared/api';
import { call } from '../api/client';

interface LibraryState {
  workshops: WorkshopSummary[];
  loaded: boolean;
  includeArchived: boolean;
  load(): Promise<void>;
  setIncludeArchived(v: boolean): Promise<void>;
  create(title: string, client: string): Promise<WorkshopSummary>;
  rename(id: string, title: string): Promise<void>;
  duplicate(id: string): Promise<WorkshopSummary>;
  archive(id: string, archived: boolean): Promise<void>;
  remove(id: string): Promise<void>;
}

export const useLibrary = create<LibraryState>((set, get) => ({
  workshops: [],
  loaded: false,
  includeArchived: false,
  load: async () => {
    const workshops = await call('listWorkshops', { includeArchived: get().includeArchived });
    set({ workshops, loaded: true });
  },
  setIncludeArchived: async (includeArchived) => {
    set({ includeArchived });
    await get().load();
  },
  create: async (title, client) => {
    const w = await call('createWorkshop', { title, client });
    await get().load();
    return w;
  },
  rename: async (id, title) => {
    await call('renameWorkshop', { id, title });
    await get().load();
  },
  duplicate: async (id) => {
    const w = await call('duplicateWorkshop', { id });
    await get().load();
    return w;
  },
  archive: async (id, archived) => {
    await call('archiveWorkshop', { id, archived });
    await get().load();
  },
  remove: async (id) => {
    await call('deleteWorkshop', { id });
    await get().load();
  },
}));
