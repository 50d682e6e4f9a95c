// Grafana's dashboard grid: 24 columns, 30 px rows, 8 px between cells (GRID_CELL_HEIGHT, GRID_CELL_VMARGIN,
// GRID_COLUMN_COUNT), laid out the way react-grid-layout computes positions.
import type { GridPos } from './job';

const columns = 24;
const rowHeight = 30;
const margin = 8;

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function box(pos: GridPos, widthPx: number): Box {
  const colWidth = (widthPx - margin * (columns - 1)) / columns;
  return {
    left: Math.round((colWidth + margin) * pos.x),
    top: Math.round((rowHeight + margin) * pos.y),
    width: Math.round(colWidth * pos.w + Math.max(0, pos.w - 1) * margin),
    height: Math.round(rowHeight * pos.h + Math.max(0, pos.h - 1) * margin),
  };
}
