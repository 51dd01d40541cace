/**
 * A picture of the whole map at print resolution: the stage is drawn at zoom 1 from the map's
 * top-left, at a pixel ratio chosen so the long side lands near 300 dpi on A3 landscape without
 * exceeding what a canvas can hold.
 */
import type Konva from 'konva';
import type { MapLayout } from '../../shared/layout/journey-layout';

const MAX_SIDE = 12000;

export function exportRatio(layout: Pick<MapLayout, 'width' | 'height'>): number {
  const target = 4960; // A3 landscape long side at 300 dpi
  const ratio = Math.max(1, target / Math.max(layout.width, 1));
  return Math.min(3, ratio, MAX_SIDE / Math.max(layout.width, layout.height, 1));
}

export async function mapToPng(stage: Konva.Stage, layout: Pick<MapLayout, 'width' | 'height'>): Promise<Blob> {
  const saved = { scale: stage.scale(), position: stage.position(), size: stage.size() };
  stage.scale({ x: 1, y: 1 });
  stage.position({ x: 0, y: 0 });
  stage.size({ width: layout.width, height: layout.height });
  try {
    const blob = await stage.toBlob({ x: 0, y: 0, width: layout.width, height: layout.height, pixelRatio: exportRatio(layout), mimeType: 'image/png' });
    if (!(blob instanceof Blob)) throw new Error('The map could not be drawn.');
    return blob;
  } finally {
    stage.scale(saved.scale);
    stage.position(saved.position);
    stage.size(saved.size);
    stage.batchDraw();
  }
}
