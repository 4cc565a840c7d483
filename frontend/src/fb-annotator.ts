/**
 * <fb-annotator>: shows a document's text as plain text (never as HTML), paints the claims' spans in the
 * colours of their verdicts, and reports what the reader selects as character offsets into the text.
 *
 * Properties (set by the server):
 *   text            the document's stored text
 *   highlightsJson  JSON array of {id, start, end, colour, label, wording}
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
    for (const name of ['text', 'highlightsJson', 'suggestionsJson', 'selectable'] as const) {
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
    const piece = this.querySelector<HTMLElement>(`[data-claims~="${claimId}"]`);
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
    if (pieces.length > 0) {
      pieces[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
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

  /** Splits the text at every highlight boundary; each piece is a span whose text is set as text. */
  private render(): void {
    const text = this._text;
    const spans = this._highlights
      .filter((h) => h.start >= 0 && h.end <= text.length && h.start < h.end)
      .sort((a, b) => a.start - b.start || a.end - b.end);
    const suggested = this._suggestions.filter(
      (s) => s.start >= 0 && s.end <= text.length && s.start < s.end
    );
    const cuts = new Set<number>([0, text.length]);
    for (const h of [...spans, ...suggested]) {
      cuts.add(h.start);
      cuts.add(h.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const fragment = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i];
      const to = points[i + 1];
      const piece = document.createElement('span');
      piece.dataset.start = String(from);
      piece.dataset.end = String(to);
      piece.textContent = text.substring(from, to);
      const covering = spans.filter((h) => h.start <= from && h.end >= to);
      if (covering.length > 0) {
        const top = covering[covering.length - 1];
        piece.classList.add('fb-hl');
        if (covering.length > 1) {
          piece.classList.add('fb-hl-overlap');
        }
        piece.dataset.claims = covering.map((h) => String(h.id)).join(' ');
        piece.style.setProperty('--fb-hl-colour', top.colour || NO_VERDICT);
        piece.title = covering
          .map((h) => `${h.label ?? 'No verdict yet'}: ${h.wording}`)
          .join('\n');
      } else {
        const suggestion = suggested.find((s) => s.start <= from && s.end >= to);
        if (suggestion) {
          piece.classList.add('fb-sg');
          piece.dataset.suggestion = String(suggestion.id);
          piece.title = suggestion.label ?? 'Suggested for checking';
        }
      }
      fragment.appendChild(piece);
    }
    this.replaceChildren(fragment);
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
    let start = this.offsetOf(range.startContainer, range.startOffset);
    let end = this.offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null || start === end) {
      return;
    }
    if (start > end) {
      [start, end] = [end, start];
    }
    // trim white space at both ends, as people rarely mean to select it
    while (start < end && /\s/.test(this._text.charAt(start))) {
      start++;
    }
    while (end > start && /\s/.test(this._text.charAt(end - 1))) {
      end--;
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

  /** The offset in the text of a DOM position inside this element, or null when it lies outside. */
  private offsetOf(node: Node, offset: number): number | null {
    if (!this.contains(node)) {
      return null;
    }
    if (node === this) {
      const child = this.childNodes[offset] as HTMLElement | undefined;
      return child ? Number(child.dataset.start) : this._text.length;
    }
    const piece = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement))?.closest<HTMLElement>(
      'span[data-start]'
    );
    if (!piece || piece.parentElement !== this) {
      return null;
    }
    const base = Number(piece.dataset.start);
    if (node.nodeType === Node.TEXT_NODE) {
      return base + offset;
    }
    // an element position: count the text of the children before it
    let count = 0;
    for (let i = 0; i < offset && i < node.childNodes.length; i++) {
      count += node.childNodes[i].textContent?.length ?? 0;
    }
    return base + count;
  }
}

customElements.define('fb-annotator', FbAnnotator);
