/** The optional embedded stylesheet: readable on screen, clean on paper, no external resources. */
export const printStylesheet = `
body { margin: 0 auto; max-width: 42rem; padding: 1.5rem; font: 1.0625rem/1.6 Georgia, "Times New Roman", serif; color: #111; background: #fff; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 0.75rem; }
h2, h3 { line-height: 1.3; margin: 1.75rem 0 0.5rem; break-after: avoid; }
.standfirst { font-size: 1.2rem; font-weight: bold; }
.byline, .dateline { font-family: system-ui, sans-serif; font-size: 0.9rem; color: #444; margin: 0.25rem 0; }
figure { margin: 1.5rem 0; break-inside: avoid; }
figure img { max-width: 100%; height: auto; }
figcaption { font-family: system-ui, sans-serif; font-size: 0.85rem; color: #444; }
figcaption .credit { text-transform: uppercase; font-size: 0.75rem; }
blockquote { margin: 1.25rem 0; padding-left: 1rem; border-left: 3px solid #999; }
.pull-quote { margin: 2rem 0; font-size: 1.3rem; font-style: italic; break-inside: avoid; }
.pull-quote blockquote { border: 0; padding: 0; margin: 0; }
.pull-quote cite { display: block; font-style: normal; font-size: 0.9rem; }
table { border-collapse: collapse; width: 100%; break-inside: avoid; }
th, td { border: 1px solid #999; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th p, td p { margin: 0; }
hr { border: 0; border-top: 1px solid #999; margin: 2rem 0; }
a { color: inherit; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.8em; }
}
`;
