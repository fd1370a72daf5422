// Charts for the supervisor's report as inline SVG, each with a table that says the same: no
// script, nothing fetched, and no meaning in colour alone (every bar carries its number).
import { largest } from '../data/arrays.js';

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface Bar {
  label: string;
  value: number;
}

/** A horizontal bar chart (SVG, described for screen readers) followed by the same as a table. */
export function barChart(id: string, title: string, bars: Bar[], column = 'Records'): string {
  const max = largest(
    bars.map((b) => b.value),
    1,
  );
  const row = 28;
  const labelWidth = 330;
  const barWidth = 360;
  const height = bars.length * row + 8;
  const svgBars = bars
    .map((b, i) => {
      const y = i * row + 4;
      const w = Math.round((b.value / max) * barWidth);
      return (
        `<text x="${labelWidth - 8}" y="${y + 17}" text-anchor="end">${escapeHtml(b.label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 4}" width="${Math.max(w, 1)}" height="${row - 10}" class="bar"/>` +
        `<text x="${labelWidth + w + 6}" y="${y + 17}" class="value">${b.value}</text>`
      );
    })
    .join('');
  const rows = bars.map((b) => `<tr><th scope="row">${escapeHtml(b.label)}</th><td>${b.value}</td></tr>`).join('');
  return (
    `<figure id="${id}" class="chart"><figcaption>${escapeHtml(title)}</figcaption>` +
    `<svg role="img" aria-labelledby="${id}-desc" viewBox="0 0 ${labelWidth + barWidth + 60} ${height}" width="100%">` +
    `<desc id="${id}-desc">${escapeHtml(`${title}: ${bars.map((b) => `${b.label} ${b.value}`).join('; ')}`)}</desc>${svgBars}</svg>` +
    `<details><summary>The same as a table</summary><table><caption>${escapeHtml(title)}</caption><thead><tr><th scope="col">${escapeHtml(title)}</th><th scope="col">${escapeHtml(column)}</th></tr></thead>` +
    `<tbody>${rows}</tbody></table></details></figure>`
  );
}
