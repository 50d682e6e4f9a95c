// Checks the rendered page panel by panel: the page's own report (no error, data present) and what is on screen:
// no "No data" text, and something drawn: a canvas with non-background pixels, an SVG with shapes, table cells,
// or a stat/bar gauge value.
export async function checkPanels(page, dashboard, reports) {
  const failures = [];
  for (const report of reports) {
    const where = `${dashboard.title} / ${report.title} (${report.type})`;
    if (report.state === 'row') {
      continue;
    }
    if (report.state !== 'ok') {
      failures.push(`${where}: ${report.state}${report.message ? `: ${report.message}` : ''}`);
      continue;
    }
    const seen = await page.evaluate((id) => {
      const el = document.querySelector(`[data-panel-id="${id}"]`);
      if (!el) {
        return { missing: true };
      }
      const text = el.innerText;
      const canvases = [...el.querySelectorAll('canvas')];
      const painted = canvases.some((c) => {
        const ctx = c.getContext('2d');
        if (!ctx || c.width === 0 || c.height === 0) {
          return false;
        }
        const pixels = ctx.getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < pixels.length; i += 4) {
          if (pixels[i] !== 0) {
            return true;
          }
        }
        return false;
      });
      return {
        noData: /\bNo data\b/.test(text),
        painted,
        shapes: el.querySelectorAll('svg[data-viz] rect').length,
        cells: el.querySelectorAll('[role="gridcell"]').length,
        text: text.trim().length,
        height: el.getBoundingClientRect().height,
      };
    }, report.id);
    if (seen.missing) {
      failures.push(`${where}: not on the page`);
    } else if (seen.noData) {
      failures.push(`${where}: shows "No data"`);
    } else if (!(seen.painted || seen.shapes > 0 || seen.cells > 0 || (report.type !== 'timeseries' && seen.text > (report.title ?? '').length))) {
      failures.push(`${where}: rendered empty`);
    } else {
      console.log(`ok   render ${where}${seen.cells ? `: ${seen.cells} cells` : ''}`);
    }
  }
  return failures;
}
