// The report's stylesheet: readable on a screen and on paper ("Save as PDF" from a browser),
// with bars in a dark blue that prints in grey and text that always states the number.
export const REPORT_CSS = `
:root { color: #1a1a1a; background: #fff; font-family: system-ui, sans-serif; line-height: 1.45; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; } h2 { font-size: 1.25rem; border-bottom: 2px solid #1f3b6e; padding-bottom: .2rem; margin-top: 2rem; }
.private { background: #fff4ce; border-left: .4rem solid #8a5a00; padding: .6rem .9rem; }
.shareable { background: #e8f1ff; border-left: .4rem solid #1f3b6e; padding: .6rem .9rem; }
.chart { margin: 1.2rem 0; break-inside: avoid; } figcaption { font-weight: 600; margin-bottom: .3rem; }
svg text { font-size: 13px; fill: #1a1a1a; } .bar { fill: #1f3b6e; } .value { font-weight: 600; }
details summary { color: #1f3b6e; font-size: .85rem; cursor: pointer; } details[open] summary { margin-bottom: .2rem; }
table { border-collapse: collapse; margin-top: .4rem; font-size: .9rem; } caption { text-align: left; color: #444; font-size: .85rem; }
th, td { border: 1px solid #999; padding: .2rem .5rem; text-align: left; } td { font-variant-numeric: tabular-nums; }
footer { margin-top: 2.5rem; color: #444; font-size: .85rem; }
@media print { main { max-width: none; padding: 0; } .chart details { display: none; } h2 { break-after: avoid; } a { color: inherit; } }
`;
