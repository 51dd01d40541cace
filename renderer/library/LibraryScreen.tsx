/**
 * The workshop library: every workshop on this computer, searchable, with create, open, rename,
 * duplicate, archive and delete (behind a confirmation).
 */
import { Archive, ArchiveRestore, Copy, FileDown, FileUp, IterationCw, MessagesSquare, Pencil, Plus, Search, Settings, Trash2, type LucideIcon } from 'lucide-react';
import { EMPTY_INTERVIEW, readInterview } from '../../shared/domain/interview';
import { useEffect, useMemo, useState } from 'react';
import type { WorkshopSummary } from '../../shared/api';
import { FileButton } from '../ui/FileButton';
import { msg } from '../../shared/strings';
import { call, errorMessage, subscribeFeed } from '../api/client';
import { base64Of } from '../export/download';
import { saveExport } from '../export/run-export';
import { formatDate, formatEdited } from '../format';
import { useLibrary } from '../store/library';
import { useRoute } from '../store/route';
import { toast } from '../store/toasts';
import { AppHeader } from '../ui/AppHeader';
import { CreateWorkshopDialog, DeleteWorkshopDialog, RenameWorkshopDialog, StartRoundDialog } from './dialogs';
import { groupRounds } from './rounds';
import { matchesSearch } from './search';
import { SettingsDialog } from './SettingsDialog';

type Pending =
  | { kind: 'create' }
  | { kind: 'rename'; workshop: WorkshopSummary }
  | { kind: 'delete'; workshop: WorkshopSummary }
  | { kind: 'round'; workshop: WorkshopSummary }
  | { kind: 'settings' }
  | null;

export function LibraryScreen() {
  const { workshops, loaded, includeArchived, load, setIncludeArchived, duplicate, archive } = useLibrary();
  const go = useRoute((s) => s.go);
  const [query, setQuery] = useState('');
  const [pending, setPending] = useState<Pending>(null);

  useEffect(() => {
    load().catch((err: unknown) => toast(errorMessage(err), 'error'));
  }, [load]);
  // Another window adding, renaming, filing or deleting a workshop shows here at once.
  useEffect(() => subscribeFeed(null, null, () => void load().catch(() => {})), [load]);

  const shown = useMemo(() => workshops.filter((w) => matchesSearch(w, query)), [workshops, query]);
  const rows = useMemo(() => groupRounds(shown), [shown]);
  const roundFor = pending?.kind === 'round' ? pending.workshop : null;
  const startRound = async (w: WorkshopSummary, carryVotes: boolean) => {
    setPending(null);
    await run(async () => {
      const next = await call('startNextRound', { id: w.id, carryVotes });
      await load();
      toast(msg.rounds.started(next.round, carryVotes));
      open(next);
    });
  };
  const open = (w: WorkshopSummary) => go({ screen: 'workshop', workshopId: w.id, step: 'setup' });

  const [importing, setImporting] = useState(false);
  // The file goes to main as it is; main checks it and never changes what is already here.
  // Reading it happens in a separate process and can take a moment: the button says so.
  const importFile = async (file: File) => {
    setImporting(true);
    await run(async () => {
      const w = await call('importWorkshopFile', { fileName: file.name, content: await base64Of(file) });
      await load();
      toast(msg.library.imported(w.title));
    });
    setImporting(false);
  };

  // A self-assessment is a workshop that starts with the interview instead of the Setup step.
  const startInterview = () =>
    run(async () => {
      const w = await call('createWorkshop', { title: msg.interview.title });
      await call('applyOps', { workshopId: w.id, ops: [{ kind: 'update', entity: 'workshop', id: w.id, patch: { interview: JSON.stringify(EMPTY_INTERVIEW) } }] });
      go({ screen: 'interview', workshopId: w.id });
    });

  const run = async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      if (done) toast(done);
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };

  return (
    <div className="library">
      <AppHeader>
        <button type="button" className="btn btn-ghost" onClick={() => setPending({ kind: 'settings' })}>
          <Settings size={18} aria-hidden />
          {msg.settings.open}
        </button>
      </AppHeader>
      <main className="library-main" aria-labelledby="library-heading">
        <div className="library-head">
          <div>
            <h1 id="library-heading">{msg.library.heading}</h1>
            <p className="lede">{msg.library.intro}</p>
          </div>
          <div className="library-head-actions">
            <FileButton label={msg.library.importFile} accept=".touchpoint" onFile={importFile} disabled={importing} busy={importing}>
              <FileUp size={18} aria-hidden />
              {importing ? msg.library.importing : msg.library.importFile}
            </FileButton>
            <button type="button" className="btn btn-secondary" title={msg.interview.startHint} onClick={() => void startInterview()}>
              <MessagesSquare size={18} aria-hidden />
              {msg.interview.start}
            </button>
            <button type="button" className="btn btn-primary" onClick={() => setPending({ kind: 'create' })}>
              <Plus size={18} aria-hidden />
              {msg.library.newWorkshop}
            </button>
          </div>
        </div>

        <div className="library-toolbar">
          <div className="search">
            <Search size={16} aria-hidden className="search-icon" />
            <input
              type="search"
              className="input"
              aria-label={msg.library.search}
              placeholder={msg.library.searchPlaceholder}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          </div>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={includeArchived}
              onChange={(e) => void run(() => setIncludeArchived(e.target.checked))}
            />
            {msg.library.showArchived}
          </label>
          <span className="muted count" aria-live="polite">
            {loaded ? msg.library.count(shown.length) : ''}
          </span>
        </div>

        {loaded && workshops.length === 0 ? (
          <div className="empty">
            <h2>{msg.library.empty}</h2>
            <p>{msg.library.emptyHint}</p>
            <button type="button" className="btn btn-primary" onClick={() => setPending({ kind: 'create' })}>
              <Plus size={18} aria-hidden />
              {msg.library.newWorkshop}
            </button>
          </div>
        ) : loaded && shown.length === 0 ? (
          <p className="empty-search">{msg.library.noMatches(query)}</p>
        ) : (
          <div className="table-scroll">
            <table className="workshop-table">
              <thead>
                <tr>
                  <th scope="col">{msg.library.columns.workshop}</th>
                  <th scope="col">{msg.library.columns.date}</th>
                  <th scope="col">{msg.library.columns.edited}</th>
                  <th scope="col" className="actions-col">
                    <span className="visually-hidden">{msg.library.columns.actions}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ workshop: w, later, round }) => (
                  <tr key={w.id} className={[w.archivedAt ? 'is-archived' : '', later ? 'is-later-round' : ''].filter(Boolean).join(' ') || undefined}>
                    <td>
                      <button type="button" className="workshop-open" onClick={() => open(w)}>
                        <span className="workshop-title">{w.title}</span>
                        <span className="workshop-client">{w.client || msg.library.noClient}</span>
                      </button>
                      {round !== null && <span className="badge badge-accent">{msg.rounds.badge(round)}</span>}
                      {readInterview(w.interview)?.done === false && (
                        <button type="button" className="btn btn-secondary btn-small workshop-continue" aria-label={msg.interview.continueOf(w.title)} onClick={() => go({ screen: 'interview', workshopId: w.id })}>
                          {msg.interview.continue}
                        </button>
                      )}
                      {w.archivedAt && <span className="badge">{msg.library.archivedBadge}</span>}
                    </td>
                    <td className="nowrap">{formatDate(w.workshopDate) ?? <span className="muted">{msg.library.noDate}</span>}</td>
                    <td className="nowrap muted">
                      <time dateTime={w.updatedAt}>{formatEdited(w.updatedAt)}</time>
                    </td>
                    <td className="row-actions">
                      <RowAction label={msg.library.renameOf(w.title)} title={msg.common.rename} icon={Pencil} onClick={() => setPending({ kind: 'rename', workshop: w })} />
                      <RowAction
                        label={msg.rounds.startOf(w.title)}
                        icon={IterationCw}
                        onClick={() => setPending({ kind: 'round', workshop: w })}
                      />
                      <RowAction label={msg.library.exportFileOf(w.title)} icon={FileDown} onClick={() => void saveExport(() => call('exportWorkshopFile', { workshopId: w.id }))} />
                      <RowAction
                        label={msg.library.duplicateOf(w.title)}
                        icon={Copy}
                        onClick={() =>
                          void run(async () => {
                            const copy = await duplicate(w.id);
                            toast(msg.library.duplicated(copy.title));
                          })
                        }
                      />
                      {w.archivedAt ? (
                        <RowAction label={msg.library.unarchiveOf(w.title)} icon={ArchiveRestore} onClick={() => void run(() => archive(w.id, false), msg.library.unarchived(w.title))} />
                      ) : (
                        <RowAction label={msg.library.archiveOf(w.title)} icon={Archive} onClick={() => void run(() => archive(w.id, true), msg.library.archived(w.title))} />
                      )}
                      <RowAction label={msg.library.deleteOf(w.title)} title={msg.common.delete} icon={Trash2} danger onClick={() => setPending({ kind: 'delete', workshop: w })} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </main>

      <CreateWorkshopDialog
        open={pending?.kind === 'create'}
        onClose={() => setPending(null)}
        onCreated={(w) => {
          setPending(null);
          open(w);
        }}
      />
      <RenameWorkshopDialog
        workshop={pending?.kind === 'rename' ? pending.workshop : null}
        onClose={() => setPending(null)}
      />
      <DeleteWorkshopDialog
        workshop={pending?.kind === 'delete' ? pending.workshop : null}
        onClose={() => setPending(null)}
      />
      <StartRoundDialog
        workshop={roundFor}
        existing={roundFor ? (workshops.find((x) => x.previousRoundId === roundFor.id) ?? null) : null}
        onClose={() => setPending(null)}
        onOpen={(w) => {
          setPending(null);
          open(w);
        }}
        onStart={(carry) => roundFor && void startRound(roundFor, carry)}
      />
      <SettingsDialog open={pending?.kind === 'settings'} onClose={() => setPending(null)} />
    </div>
  );
}

/** One icon button in a workshop's row: named for screen readers, with the same words as a tooltip. */
function RowAction({ label, title, icon: Icon, danger, onClick }: { label: string; title?: string; icon: LucideIcon; danger?: boolean; onClick(): void }) {
  return (
    <button type="button" className={`icon-btn${danger ? ' icon-btn-danger' : ''}`} aria-label={label} title={title ?? label} onClick={onClick}>
      <Icon size={17} aria-hidden />
    </button>
  );
}
