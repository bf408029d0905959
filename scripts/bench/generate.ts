/**
 * Generated wellness pages: prose with links, emphasis, lists, tables, code blocks, scripts and
 * styles; a term about every 300 words and a myth sentence (a catalogue example) about every 3,000,
 * some split by inline markup. Seeded: the same arguments give the same page.
 */
import type { CompiledCatalogue } from '../../lib/catalogue/types';
import { htmlToText } from '../../lib/cli/html-text';
import { CODE, LINKS, fillerSentence, heading, phrase, pick, seeded, type Random } from './filler';
import type { BenchPage } from './pages';

/** Wraps a sentence's middle words in an inline element, so a match spans several text nodes. */
function splitInline(rnd: Random, sentence: string): string {
  const words = sentence.split(' ');
  if (words.length < 4) return `<strong>${sentence}</strong>`;
  const from = 1 + Math.floor(rnd() * (words.length - 3));
  const to = from + 1 + Math.floor(rnd() * 2);
  const tag = pick(rnd, ['em', 'strong', 'a href="#more"', 'span class="hl"']);
  return `${words.slice(0, from).join(' ')} <${tag}>${words.slice(from, to).join(' ')}</${tag.split(' ')[0]}> ${words.slice(to).join(' ')}`;
}

/** A term written into prose: sometimes split by inline markup at its first space or hyphen. */
function termHtml(rnd: Random, form: string): string {
  const cut = form.search(/[ -]/);
  const r = rnd();
  if (cut > 0 && r < 0.25) return `${form.slice(0, cut + 1)}<i>${form.slice(cut + 1)}</i>`;
  if (r < 0.45) return `<a href="/glossary#${encodeURIComponent(form)}">${form}</a>`;
  return form;
}

const TERM_SENTENCES = [
  (t: string) => `Our guide to ${t} explains the basics in plain words.`,
  (t: string) => `The comments kept returning to ${t} for a while.`,
  (t: string) => `A reader asked what ${t} has to do with all of this.`,
  (t: string) => `You will find ${t} in the glossary at the end of the page.`,
];

interface Plan {
  rnd: Random;
  forms: string[];
  myths: string[];
  words: number;
  nextTerm: number;
  nextMyth: number;
}

/** The next sentence of prose, with a term or a myth sentence when their turn has come. */
function sentence(plan: Plan): string {
  if (plan.myths.length && plan.words >= plan.nextMyth) {
    plan.nextMyth += 2700 + Math.floor(plan.rnd() * 600);
    const myth = pick(plan.rnd, plan.myths);
    plan.words += myth.split(' ').length;
    return plan.rnd() < 0.35 ? splitInline(plan.rnd, myth) : myth;
  }
  if (plan.forms.length && plan.words >= plan.nextTerm) {
    plan.nextTerm += 250 + Math.floor(plan.rnd() * 100);
    const text = pick(plan.rnd, TERM_SENTENCES)(termHtml(plan.rnd, pick(plan.rnd, plan.forms)));
    plan.words += 12;
    return text;
  }
  const s = fillerSentence(plan.rnd);
  plan.words += s.split(' ').length;
  return plan.rnd() < 0.2 ? splitInline(plan.rnd, s) : s;
}

const sentences = (plan: Plan, n: number) => Array.from({ length: n }, () => sentence(plan)).join(' ');

/** One block of an article: mostly paragraphs, sometimes a list, table, code, quote, figure, script or style. */
function block(plan: Plan): string {
  const r = plan.rnd();
  const rnd = plan.rnd;
  if (r < 0.62) {
    const link = rnd() < 0.5 ? ` See <a href="/post/${Math.floor(rnd() * 999)}">${pick(rnd, LINKS)}</a> for more.` : '';
    return `<p class="article-body__text">${sentences(plan, 3 + Math.floor(rnd() * 5))}${link}</p>`;
  }
  if (r < 0.72) return `<ul>${Array.from({ length: 3 + Math.floor(rnd() * 4) }, () => `<li>${sentence(plan)}</li>`).join('')}</ul>`;
  if (r < 0.8) {
    const rows = Array.from({ length: 3 + Math.floor(rnd() * 4) }, (_, i) => `<tr><td>Week ${i + 1}</td><td>${phrase(rnd)}</td><td>${sentence(plan)}</td></tr>`);
    return `<table class="plan"><thead><tr><th>When</th><th>Focus</th><th>Notes</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  }
  if (r < 0.86) return `<pre><code class="language-js">${pick(rnd, CODE).replace(/</g, '&lt;')}</code></pre>`;
  if (r < 0.91) return `<blockquote><p>${sentences(plan, 2)}</p><cite>${phrase(rnd)}</cite></blockquote>`;
  if (r < 0.95) return `<figure><img src="/img/${Math.floor(rnd() * 99)}.jpg" alt="${phrase(rnd)}" width="640" height="360"><figcaption>${sentence(plan)}</figcaption></figure>`;
  if (r < 0.98) return `<script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({ event: 'section_view', id: ${Math.floor(rnd() * 1e6)} });</script>`;
  return `<style>.promo-${Math.floor(rnd() * 999)} { margin: 1.5em 0; padding: 0.75em; border-left: 3px solid #c2410c; }</style>`;
}

const HEAD = `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:17px/1.6 Georgia,serif;max-width:46rem;margin:auto;padding:1rem}nav ul{display:flex;gap:1rem;list-style:none}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem}pre{background:#f5f5f4;padding:.75rem;overflow:auto}
.hl{background:#fef3c7}footer{color:#57534e;font-size:.9rem}</style>
<script>function track(e){(window.dataLayer=window.dataLayer||[]).push(e)}document.addEventListener('click',function(e){track({event:'click'})});</script>`;

/** A generated page of at least `chars` readable characters; `findings` false: nothing to find. */
export function generatePage(name: string, chars: number, catalogue: CompiledCatalogue, findings: boolean, seed: number): BenchPage {
  const rnd = seeded(seed);
  const forms = findings ? catalogue.forms.filter((f) => !f.context && !f.unless).map((f) => f.text) : [];
  const myths = findings ? catalogue.myths.flatMap((m) => m.examples.flag) : [];
  const plan: Plan = { rnd, forms, myths, words: 0, nextTerm: 200, nextMyth: 1500 };
  const parts: string[] = [];
  let estimate = 0;
  while (estimate < chars) {
    const section = [`<h2>${heading(rnd)}</h2>`];
    for (let i = 0; i < 4 + Math.floor(rnd() * 5); i++) {
      const id = Math.floor(rnd() * 1e6).toString(36);
      section.push(rnd() < 0.4 ? `<div class="block block--${id}" data-track="block-${id}">${block(plan)}</div>` : block(plan));
    }
    const share = `<div class="share" role="group"><a href="/share?via=mail" class="share__link">Email</a> <a href="/share?via=print" class="share__link">Print</a></div>`;
    const html = `<section class="article-section" data-section="${parts.length}">${section.join('\n')}${share}</section>`;
    estimate += htmlToText(html).length;
    parts.push(html);
  }
  const nav = LINKS.map((l, i) => `<li><a href="/section/${i}">${l}</a></li>`).join('');
  const html = `<!doctype html><html lang="en"><head><title>Feel-good living: ${name}</title>${HEAD}</head><body>
<header><a href="/" class="logo">Feel-good living</a><nav><ul>${nav}</ul></nav></header>
<main><article><h1>Feel-good living, the long read</h1><p class="byline">By the editors, <time>2026-11-23</time></p>
${parts.join('\n')}
</article></main><aside><h2>Related</h2><ul>${nav}</ul></aside>
<footer><p>${phrase(rnd)}. <a href="/privacy">Privacy</a> · <a href="/terms-of-use">Terms of use</a></p></footer>
<script>track({ event: 'page_view' });</script></body></html>`;
  return { name, path: `gen/${name}.html`, html, textChars: htmlToText(html).length, generated: true };
}
