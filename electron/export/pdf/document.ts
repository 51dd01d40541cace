/**
 * The PDF basics every export shares: A4 pages, an embedded Unicode font (DejaVu Sans, so names
 * in any European script come out as real, selectable text), the running footer with page
 * numbers, and the bytes collected once the document ends.
 */
import { embeddableImage } from '../../images';
import { MAX_STORED_IMAGE_BYTES } from '../../../shared/domain/avatar-image';
import PDFDocument from 'pdfkit';
import type { PageSize } from '../../../shared/domain/report-plan';

export type Pdf = PDFKit.PDFDocument;

export const INK = { text: '#14171c', muted: '#5a6472', border: '#dfe3e8', rule: '#c3cad3', accent: '#0d7a72', accentWeak: '#e3f3f1', header: '#f1f3f6' };
export const FONT = { body: 'body', bold: 'bold' } as const;
export const MARGIN = { top: 56, bottom: 56, left: 50, right: 50 };

// Resolved where the package lives, in the app and under tests alike.
const fontFile = (name: string) => require.resolve(`dejavu-fonts-ttf/ttf/${name}`);

export interface PdfMeta {
  title: string;
  subject: string;
  author: string;
  /** A4 unless said otherwise. */
  pageSize?: PageSize;
}

const paperOf = new WeakMap<Pdf, PageSize>();
/** The paper a document is printed on, as pdfkit names it. */
const pdfkitSize = (doc: Pdf) => ((paperOf.get(doc) ?? 'a4') === 'letter' ? 'LETTER' : 'A4');

export interface OpenPdf {
  doc: Pdf;
  /** Adds the footer to every page, ends the document and resolves with its bytes. */
  finish(footer: string): Promise<Buffer>;
}

export function openPdf(meta: PdfMeta): OpenPdf {
  const doc = new PDFDocument({
    size: meta.pageSize === 'letter' ? 'LETTER' : 'A4',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: false,
    lang: 'en',
    displayTitle: true,
    info: { Title: meta.title, Subject: meta.subject, Author: meta.author, Creator: 'Touchpoint', Producer: 'Touchpoint' },
  });
  paperOf.set(doc, meta.pageSize ?? 'a4');
  doc.registerFont(FONT.body, fontFile('DejaVuSans.ttf'));
  doc.registerFont(FONT.bold, fontFile('DejaVuSans-Bold.ttf'));
  const chunks: Buffer[] = [];
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return {
    doc,
    finish(footer) {
      const range = doc.bufferedPageRange();
      for (let i = range.start; i < range.start + range.count; i++) {
        doc.switchToPage(i);
        const page = doc.page;
        const bottom = page.margins.bottom;
        page.margins.bottom = 0; // writing inside the margin must not start a new page
        const y = page.height - 34;
        doc.font(FONT.body).fontSize(8).fillColor(INK.muted);
        doc.text(footer, page.margins.left, y, { width: page.width / 2, lineBreak: false, ellipsis: true, height: 12 });
        const num = `${i + 1} / ${range.count}`;
        doc.text(num, page.width - page.margins.right - 100, y, { width: 100, align: 'right', lineBreak: false });
        page.margins.bottom = bottom;
      }
      doc.end();
      return bytes;
    },
  };
}

export function addPage(doc: Pdf, layout: 'portrait' | 'landscape' = 'portrait'): void {
  doc.addPage({ size: pdfkitSize(doc), layout, margins: MARGIN });
  doc.x = MARGIN.left;
  doc.y = MARGIN.top;
}

/** Usable width between the margins of the current page. */
export const contentWidth = (doc: Pdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** A new page in the same orientation as the current one. */
export function nextPage(doc: Pdf): void {
  addPage(doc, doc.page.layout as 'portrait' | 'landscape');
}

/** Starts a new page when `height` would not fit below the cursor. */
export function ensureSpace(doc: Pdf, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) nextPage(doc);
}

export function sectionTitle(doc: Pdf, eyebrow: string, title: string): void {
  doc.x = doc.page.margins.left;
  doc.font(FONT.bold).fontSize(9).fillColor(INK.accent).text(eyebrow.toUpperCase(), { characterSpacing: 0.8 });
  doc.moveDown(0.2);
  doc.font(FONT.bold).fontSize(20).fillColor(INK.text).text(title);
  doc.moveDown(0.6);
}

export function subheading(doc: Pdf, text: string): void {
  ensureSpace(doc, 40);
  doc.x = doc.page.margins.left;
  doc.font(FONT.bold).fontSize(12).fillColor(INK.text).text(text);
  doc.moveDown(0.3);
}

export function paragraph(doc: Pdf, text: string, opts: { muted?: boolean; size?: number } = {}): void {
  doc.x = doc.page.margins.left;
  doc
    .font(FONT.body)
    .fontSize(opts.size ?? 10)
    .fillColor(opts.muted ? INK.muted : INK.text)
    .text(text, { width: contentWidth(doc), lineGap: 2 });
  doc.moveDown(0.5);
}

/** A labelled block ("Goals" then its text), skipped when the text is empty. */
export function labelled(doc: Pdf, label: string, text: string): void {
  if (!text.trim()) return;
  ensureSpace(doc, 36);
  doc.x = doc.page.margins.left;
  doc.font(FONT.bold).fontSize(9).fillColor(INK.muted).text(label);
  doc.moveDown(0.1);
  paragraph(doc, text);
}

const leftOutOf = new WeakMap<Pdf, string[]>();

/**
 * An image given as a data URL, as bytes pdfkit can embed: a PNG or JPEG that passes the image
 * gate (electron/images.ts). Anything else is left out of the document, and noted under `what`
 * so the export can say so; it never reaches pdfkit, whose PNG decoder can crash the process.
 */
export function imageBytes(doc: Pdf, dataUrl: string, what: string): Buffer | null {
  const bytes = embeddableImage(dataUrl, MAX_STORED_IMAGE_BYTES);
  if (!bytes) leftOutOf.set(doc, [...(leftOutOf.get(doc) ?? []), what]);
  return bytes;
}

/** The pictures left out of this document, for the message beside the export. */
export function leftOut(doc: Pdf): string[] {
  return leftOutOf.get(doc) ?? [];
}
