import { type Block, layoutMarkdown } from './fb-markdown';

/**
 * <fb-annotator>: shows a document's text as text (never as HTML), paints the claims' spans in the
 * colours of their verdicts, and reports what the reader selects as character offsets into the text.
 * Markdown is shown with its structure: headings, list items, quotes, code and emphasis become text
 * elements and their markers are hidden, but every character of the text stays in the element, in a
 * piece that knows its offsets, so selections and highlights keep the offsets of the stored text.
 *
 * Properties (set by the server):
 *   text            the document's stored text
 *   format          the media type the text was read as; text/markdown shows its structure
 *   highlightsJson  JSON array of {id, start, end, colour, text, label, wording}: text is the colour
 *                   to write on the claim's tint, chosen by contrast on the server
 *   suggestionsJson JSON array of {id, start, end, label}: suggested check-worthy sentences, painted faintly
 *                   where no claim covers the text
 *   selectable      whether a selection may become a claim (editors)
 * Events (to the server):
 *   annotator-select  detail {start, end, quote}: the user selected text (offsets in UTF-16 code units,
 *                     end exclusive, exactly as Java's String indexes count)
 *   annotator-open    detail {claimId}: the user clicked a highlighted claim
 *   annotator-suggestion  detail {suggestionId}: the user clicked a suggested sentence
 */

interface Highlight {
  id: number;
  start: number;
  end: number;
  colour: string | null;
  text: string | null;
  label: string | null;
  wording: string;
}

interface Suggestion {
  id: number;
  start: number;
  end: number;
  label: string | null;
}

const NO_VERDICT = '#5c6bc0';

export class FbAnnotator extends HTMLElement {
  private _text = '';
  private _format = 'text/plain';
  /** the Markdown markers the reader does not see, sorted; empty for other text */
  private _hidden: Array<[number, number]> = [];
  private _highlights: Highlight[] = [];
  private _suggestions: Suggestion[] = [];
  private _selectable = false;
  private _renderQueued = false;

  static get observedAttributes(): string[] {
    return [];
  }

  get text(): string {
    return this._text;
  }

  set text(value: string) {
    this._text = value ?? '';
    this.queueRender();
  }

  get format(): string {
    return this._format;
  }

  set format(value: string) {
    this._format = value || 'text/plain';
    this.queueRender();
  }

  get highlightsJson(): string {
    return JSON.stringify(this._highlights);
  }

  set highlightsJson(value: string) {
    try {
      const parsed = JSON.parse(value || '[]');
      this._highlights = Array.isArray(parsed) ? (parsed as Highlight[]) : [];
    } catch {
      this._highlights = [];
    }
    this.queueRender();
  }

  get suggestionsJson(): string {
    return JSON.stringify(this._suggestions);
  }

  set suggestionsJson(value: string) {
    try {
      const parsed = JSON.parse(value || '[]');
      this._suggestions = Array.isArray(parsed) ? (parsed as Suggestion[]) : [];
    } catch {
      this._suggestions = [];
    }
    this.queueRender();
  }

  get selectable(): boolean {
    return this._selectable;
  }

  set selectable(value: boolean) {
    this._selectable = !!value;
    this.classList.toggle('fb-selectable', this._selectable);
  }

  connectedCallback(): void {
    // Values the server set before this element was defined are own properties that hide the accessors
    // above; take them over so that they render.
    for (const name of ['text', 'format', 'highlightsJson', 'suggestionsJson', 'selectable'] as const) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = (this as Record<string, unknown>)[name];
        delete (this as Record<string, unknown>)[name];
        (this as Record<string, unknown>)[name] = value;
      }
    }
    this.classList.add('fb-annotator');
    this.addEventListener('mouseup', this.onMouseUp);
    this.addEventListener('keyup', this.onKeyUp);
    this.addEventListener('click', this.onClick);
    this.queueRender();
  }

  disconnectedCallback(): void {
    this.removeEventListener('mouseup', this.onMouseUp);
    this.removeEventListener('keyup', this.onKeyUp);
    this.removeEventListener('click', this.onClick);
  }

  /** Scrolls the claim's first highlighted piece into view and flashes it. */
  reveal(claimId: number): void {
    const piece = this.querySelector<HTMLElement>(
      `[data-claims~="${claimId}"]:not(.fb-md-hidden)`
    );
    if (piece) {
      piece.scrollIntoView({ block: 'center', behavior: 'smooth' });
      piece.classList.add('fb-flash');
      setTimeout(() => piece.classList.remove('fb-flash'), 1200);
    }
  }

  /** Scrolls a suggested sentence into view and marks it as the one being looked at. */
  revealSuggestion(suggestionId: number): void {
    this.querySelectorAll('.fb-sg-current').forEach((e) => e.classList.remove('fb-sg-current'));
    const pieces = this.querySelectorAll<HTMLElement>(`[data-suggestion="${suggestionId}"]`);
    pieces.forEach((p) => p.classList.add('fb-sg-current'));
    const shown = [...pieces].find((p) => !p.classList.contains('fb-md-hidden'));
    if (shown) {
      shown.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  }

  private queueRender(): void {
    if (this._renderQueued) {
      return;
    }
    this._renderQueued = true;
    queueMicrotask(() => {
      this._renderQueued = false;
      this.render();
    });
  }

  /**
   * Splits the text at every highlight boundary (and, in Markdown, at every line, marker and emphasis);
   * each piece is a span whose text is set as text and which carries its offsets.
   */
  private render(): void {
    const text = this._text;
    const spans = this._highlights
      .filter((h) => h.start >= 0 && h.end <= text.length && h.start < h.end)
      .sort((a, b) => a.start - b.start || a.end - b.end);
    const suggested = this._suggestions.filter(
      (s) => s.start >= 0 && s.end <= text.length && s.start < s.end
    );
    const markdown = this._format === 'text/markdown';
    const layout = markdown ? layoutMarkdown(text) : null;
    this._hidden = layout ? layout.hidden : [];
    this.classList.toggle('fb-md', markdown);
    const cuts = new Set<number>([0, text.length]);
    for (const h of [...spans, ...suggested]) {
      cuts.add(h.start);
      cuts.add(h.end);
    }
    if (layout) {
      for (const b of layout.blocks) {
        cuts.add(b.start);
        cuts.add(b.end);
        cuts.add(b.next);
      }
      for (const [from, to] of layout.hidden) {
        cuts.add(from);
        cuts.add(to);
      }
      for (const s of layout.styled) {
        cuts.add(s.start);
        cuts.add(s.end);
      }
    }
    const points = [...cuts].sort((a, b) => a - b);
    const pieces: HTMLElement[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      pieces.push(this.piece(points[i], points[i + 1], spans, suggested, layout));
    }
    const fragment = document.createDocumentFragment();
    if (layout) {
      this.arrange(fragment, layout.blocks, pieces);
    } else {
      pieces.forEach((p) => fragment.appendChild(p));
    }
    this.replaceChildren(fragment);
  }

  /** One piece of the text, [from, to), with the marks of what covers it. */
  private piece(
    from: number,
    to: number,
    spans: Highlight[],
    suggested: Suggestion[],
    layout: ReturnType<typeof layoutMarkdown> | null
  ): HTMLElement {
    const piece = document.createElement('span');
    piece.dataset.start = String(from);
    piece.dataset.end = String(to);
    piece.textContent = this._text.substring(from, to);
    if (layout) {
      if (layout.hidden.some(([a, b]) => a <= from && b >= to)) {
        piece.classList.add('fb-md-hidden');
      }
      for (const s of layout.styled) {
        if (s.start <= from && s.end >= to) {
          piece.classList.add('fb-md-span-' + s.style);
        }
      }
    }
    const covering = spans.filter((h) => h.start <= from && h.end >= to);
    if (covering.length > 0) {
      const top = covering[covering.length - 1];
      piece.classList.add('fb-hl');
      if (covering.length > 1) {
        piece.classList.add('fb-hl-overlap');
      }
      piece.dataset.claims = covering.map((h) => String(h.id)).join(' ');
      piece.style.setProperty('--fb-hl-colour', top.colour || NO_VERDICT);
      if (top.text) {
        piece.style.setProperty('--fb-hl-text', top.text);
      }
      piece.title = covering.map((h) => `${h.label ?? 'No verdict yet'}: ${h.wording}`).join('\n');
    } else {
      const suggestion = suggested.find((s) => s.start <= from && s.end >= to);
      if (suggestion) {
        piece.classList.add('fb-sg');
        piece.dataset.suggestion = String(suggestion.id);
        piece.title = suggestion.label ?? 'Suggested for checking';
      }
    }
    return piece;
  }

  /**
   * Puts the pieces of Markdown text into one element per line: a heading (two levels below the
   * page's document title), an item of a list, a quote, code, a rule or a paragraph line.
   */
  private arrange(fragment: DocumentFragment, blocks: Block[], pieces: HTMLElement[]): void {
    let p = 0;
    let list: HTMLElement | null = null;
    for (const b of blocks) {
      let element: HTMLElement;
      if (b.kind === 'heading') {
        element = document.createElement('h' + Math.min(6, b.level + 2));
        element.classList.add('fb-md-heading', 'fb-md-h' + b.level);
      } else if (b.kind === 'item') {
        element = document.createElement('li');
        element.style.setProperty('--fb-md-depth', String(b.level));
      } else if (b.kind === 'quote') {
        element = document.createElement('blockquote');
      } else {
        element = document.createElement('div');
        if (b.kind === 'rule') {
          element.setAttribute('role', 'separator');
        }
      }
      element.classList.add('fb-md-block', 'fb-md-' + b.kind);
      element.dataset.start = String(b.start);
      element.dataset.end = String(b.next);
      while (p < pieces.length && Number(pieces[p].dataset.start) < b.next) {
        element.appendChild(pieces[p++]);
      }
      if (b.kind === 'item') {
        const tag = b.ordered ? 'OL' : 'UL';
        if (!list || list.tagName !== tag) {
          list = document.createElement(tag.toLowerCase());
          list.classList.add('fb-md-list');
          list.dataset.start = String(b.start);
          fragment.appendChild(list);
        }
        list.appendChild(element);
        list.dataset.end = String(b.next);
      } else {
        list = null;
        fragment.appendChild(element);
      }
    }
    while (p < pieces.length) {
      fragment.appendChild(pieces[p++]);
    }
  }

  private onClick = (event: MouseEvent): void => {
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) {
      return;
    }
    const target = (event.target as HTMLElement).closest<HTMLElement>('.fb-hl');
    if (target && target.dataset.claims) {
      const ids = target.dataset.claims.split(' ');
      this.dispatchEvent(
        new CustomEvent('annotator-open', { detail: { claimId: Number(ids[ids.length - 1]) } })
      );
      return;
    }
    const suggestion = (event.target as HTMLElement).closest<HTMLElement>('.fb-sg');
    if (suggestion && suggestion.dataset.suggestion) {
      this.dispatchEvent(
        new CustomEvent('annotator-suggestion', {
          detail: { suggestionId: Number(suggestion.dataset.suggestion) },
        })
      );
    }
  };

  private onMouseUp = (): void => this.reportSelection();

  private onKeyUp = (event: KeyboardEvent): void => {
    if (event.shiftKey) {
      this.reportSelection();
    }
  };

  private reportSelection(): void {
    if (!this._selectable) {
      return;
    }
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
      return;
    }
    const range = selection.getRangeAt(0);
    const from = this.offsetOf(range.startContainer, range.startOffset);
    const to = this.offsetOf(range.endContainer, range.endOffset);
    if (from === null || to === null || from === to) {
      return;
    }
    let start: number = Math.min(from, to);
    let end: number = Math.max(from, to);
    // trim white space and the markers nobody sees at both ends, as people rarely mean to select them
    for (;;) {
      const before = start;
      while (start < end && /\s/.test(this._text.charAt(start))) {
        start++;
      }
      start = this.afterHidden(start, end);
      if (start === before) {
        break;
      }
    }
    for (;;) {
      const before = end;
      while (end > start && /\s/.test(this._text.charAt(end - 1))) {
        end--;
      }
      end = this.beforeHidden(end, start);
      if (end === before) {
        break;
      }
    }
    if (start === end) {
      return;
    }
    this.dispatchEvent(
      new CustomEvent('annotator-select', {
        detail: { start, end, quote: this._text.substring(start, end) },
      })
    );
  }

  /** {@code at}, or the end of the hidden markers that start there (not past {@code limit}). */
  private afterHidden(at: number, limit: number): number {
    for (const [from, to] of this._hidden) {
      if (from <= at && at < to) {
        return Math.min(to, limit);
      }
    }
    return at;
  }

  /** {@code at}, or the start of the hidden markers that end there (not before {@code limit}). */
  private beforeHidden(at: number, limit: number): number {
    for (const [from, to] of this._hidden) {
      if (from < at && at <= to) {
        return Math.max(from, limit);
      }
    }
    return at;
  }

  /** The offset in the text of a DOM position inside this element, or null when it lies outside. */
  private offsetOf(node: Node, offset: number): number | null {
    if (!this.contains(node)) {
      return null;
    }
    if (node.nodeType === Node.TEXT_NODE) {
      const piece = node.parentElement?.closest<HTMLElement>('span[data-start]');
      if (!piece || !this.contains(piece)) {
        return null;
      }
      return Number(piece.dataset.start) + offset;
    }
    // an element position: before its child at offset, or at its end
    const element = node as HTMLElement;
    if (offset < element.childNodes.length) {
      return this.startOf(element.childNodes[offset]);
    }
    return this.endOf(element);
  }

  /** Where a node's text starts in the text. */
  private startOf(node: Node): number | null {
    if (node.nodeType === Node.TEXT_NODE) {
      const piece = node.parentElement?.closest<HTMLElement>('[data-start]');
      return piece ? Number(piece.dataset.start) : null;
    }
    const element = node as HTMLElement;
    if (element.dataset?.start !== undefined) {
      return Number(element.dataset.start);
    }
    const first = element.querySelector?.<HTMLElement>('[data-start]');
    return first ? Number(first.dataset.start) : null;
  }

  /** Where an element's text ends in the text. */
  private endOf(element: HTMLElement): number | null {
    if (element === this) {
      return this._text.length;
    }
    if (element.dataset?.end !== undefined) {
      return Number(element.dataset.end);
    }
    const all = element.querySelectorAll?.<HTMLElement>('[data-end]');
    return all && all.length > 0 ? Number(all[all.length - 1].dataset.end) : null;
  }
}

customElements.define('fb-annotator', FbAnnotator);
