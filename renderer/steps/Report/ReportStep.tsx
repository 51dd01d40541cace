/**
 * Step: Report. What the client takes home: what is still missing (each item a link to the step
 * that fixes it), every export in one place, and the report previewed page by page.
 */
import { isSolo } from '../../../shared/domain/interview';
import { ArrowRight, CheckCircle2, FileDown, Loader2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { Branding, ExportedFile } from '../../../shared/api';
import { missingForReport } from '../../../shared/domain/report';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { msg } from '../../../shared/strings';
import { BRANDING_SAVED } from '../../library/SettingsDialog';
import { call } from '../../api/client';
import { saveExport } from '../../export/run-export';
import { useRoute } from '../../store/route';
import { stepLabel } from '../../workshop/step-labels';
import { ReportContents } from './ReportContents';
import { ReportPreview } from './ReportPreview';
import { useReportOutline } from './useReportOutline';
import { RoundComparisonView } from './RoundComparisonView';
import { usePreviousRound } from './usePreviousRound';
import { StepHeader } from '../../ui/StepHeader';

type Format = 'reportPdf' | 'reportDocx' | 'actionsPdf' | 'actionsXlsx' | 'actionsCsv' | 'actionsMarkdown' | 'workshopFile';

const FORMATS: readonly Format[] = ['reportPdf', 'reportDocx', 'actionsPdf', 'actionsXlsx', 'actionsCsv', 'actionsMarkdown', 'workshopFile'];

function request(format: Format, workshopId: string): Promise<ExportedFile> {
  switch (format) {
    case 'reportPdf':
      return call('exportReport', { workshopId });
    case 'reportDocx':
      return call('exportReport', { workshopId, format: 'docx' });
    case 'workshopFile':
      return call('exportWorkshopFile', { workshopId });
    case 'actionsPdf':
      return call('exportActionList', { workshopId, format: 'pdf' });
    case 'actionsXlsx':
      return call('exportActionList', { workshopId, format: 'xlsx' });
    case 'actionsCsv':
      return call('exportActionList', { workshopId, format: 'csv' });
    case 'actionsMarkdown':
      return call('exportActionList', { workshopId, format: 'markdown' });
  }
}

export function ReportStep({ doc }: { doc: WorkshopDoc }) {
  const R = msg.report;
  const go = useRoute((s) => s.go);
  const missing = missingForReport(doc);
  const [busy, setBusy] = useState<Format | null>(null);
  const [brand, setBrand] = useState<Branding>({ name: '', contact: '', logo: '' });
  const previous = usePreviousRound(doc);
  const outline = useReportOutline(doc);
  useEffect(() => {
    let live = true;
    const load = () =>
      call('getBranding', {}).then(
        (b) => live && setBrand(b),
        () => undefined, // the preview simply shows no "prepared by" line
      );
    void load();
    // Settings opened from this screen: the cover follows what was saved.
    window.addEventListener(BRANDING_SAVED, load);
    return () => {
      live = false;
      window.removeEventListener(BRANDING_SAVED, load);
    };
  }, []);

  const run = async (format: Format) => {
    setBusy(format);
    await saveExport(() => request(format, doc.workshop.id));
    setBusy(null);
  };

  return (
    <div className="step-layout">
      <div className="step-content">
        <StepHeader eyebrow={msg.steps.report} heading={R.heading} lede={isSolo(doc.workshop) ? msg.solo.ledes.report : R.lede} />

        <div className="report-top">
          <section className="card" aria-labelledby="report-missing">
            <h2 id="report-missing">{R.missingHeading}</h2>
            {missing.length === 0 ? (
              <p className="report-complete">
                <CheckCircle2 size={18} aria-hidden /> {R.nothingMissing}
              </p>
            ) : (
              <ul className="report-missing">
                {missing.map((m) => (
                  <li key={m.text}>
                    <span>{m.text}</span>
                    <button type="button" className="btn btn-ghost btn-small" onClick={() => go({ screen: 'workshop', workshopId: doc.workshop.id, step: m.step })}>
                      {R.goTo(stepLabel(m.step))}
                      <ArrowRight size={14} aria-hidden />
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="card" aria-labelledby="report-exports">
            <h2 id="report-exports">{R.exportsHeading}</h2>
            <p className="muted">{R.exportsLede}</p>
            <ul className="report-exports">
              {FORMATS.map((f) => (
                <li key={f}>
                  <button type="button" className={`btn ${f === 'reportPdf' ? 'btn-primary' : 'btn-secondary'} report-export`} disabled={busy !== null} aria-describedby={`hint-${f}`} onClick={() => void run(f)}>
                    {busy === f ? <Loader2 size={16} className="spin" aria-hidden /> : <FileDown size={16} aria-hidden />}
                    {R.formats[f]}
                  </button>
                  <span id={`hint-${f}`} className="muted report-export-hint">
                    {busy === f ? R.exporting : R.formatHints[f]}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </div>

        <ReportContents doc={doc} />

        <RoundComparisonView doc={doc} previous={previous} />

        <section aria-labelledby="report-preview" className="report-preview">
          <h2 id="report-preview">{R.preview}</h2>
          <ReportPreview doc={doc} brand={brand} outline={outline} previous={previous.state === 'ready' ? previous.doc : null} />
        </section>
      </div>
    </div>
  );
}
