/**
 * Reads the structure of Markdown text for <fb-annotator>, without ever turning it into HTML: which
 * lines are headings, list items, quotes, code or rules, which characters are markers (the `#` of a
 * heading, the `- ` of a list item, the `**` around strong text) and which ranges are emphasised.
 * Everything is given as character offsets into the text (UTF-16 code units, end exclusive, as
 * Java's String counts), so that the annotator can show the text without its markers while every
 * character keeps its offset.
 */

export type BlockKind = 'paragraph' | 'heading' | 'item' | 'quote' | 'code' | 'fence' | 'rule' | 'blank';

export interface Block {
  kind: BlockKind;
  /** heading level 1-6; list nesting depth from 0 */
  level: number;
  /** a numbered list item (its number stays visible) */
  ordered: boolean;
  /** first character of the line */
  start: number;
  /** the line's end, before its line break */
  end: number;
  /** after the line break: the next line's start */
  next: number;
}

export interface Styled {
  start: number;
  end: number;
  style: 'strong' | 'em' | 'code';
}

export interface MarkdownLayout {
  blocks: Block[];
  /** markers and line breaks: characters the reader does not show, sorted, not overlapping */
  hidden: Array<[number, number]>;
  styled: Styled[];
}

const HEADING = /^ {0,3}(#{1,6})(?=[ \t]|$)[ \t]*/;
const CLOSING_HASHES = /[ \t]+#+[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])[ \t]+(?=\S)/;
const QUOTE = /^ {0,3}>[ \t]?/;
const FENCE = /^ {0,3}(```|~~~)/;

/** The blocks, hidden markers and emphasis of Markdown {@code text}. */
export function layoutMarkdown(text: string): MarkdownLayout {
  const blocks: Block[] = [];
  const hidden: Array<[number, number]> = [];
  const styled: Styled[] = [];
  let inCode = false;
  for (let start = 0; start < text.length || (start === 0 && text.length === 0); ) {
    let newline = text.indexOf('\n', start);
    if (newline < 0) {
      newline = text.length;
    }
    const end = newline > start && text.charAt(newline - 1) === '\r' ? newline - 1 : newline;
    const next = Math.min(newline + 1, text.length);
    const line = text.substring(start, end);
    const block: Block = { kind: 'paragraph', level: 0, ordered: false, start, end, next };
    let contentStart = start;
    let contentEnd = end;
    let inline = true;
    if (FENCE.test(line)) {
      inCode = !inCode;
      block.kind = 'fence';
      contentStart = contentEnd = end;
      hidden.push([start, end]);
    } else if (inCode) {
      block.kind = 'code';
      inline = false;
    } else if (line.trim() === '') {
      block.kind = 'blank';
      inline = false;
    } else if (RULE.test(line)) {
      block.kind = 'rule';
      hidden.push([start, end]);
      inline = false;
    } else {
      const heading = HEADING.exec(line);
      const item = heading ? null : ITEM.exec(line);
      const quote = heading || item ? null : QUOTE.exec(line);
      if (heading) {
        block.kind = 'heading';
        block.level = heading[1].length;
        contentStart = start + heading[0].length;
        const closing = CLOSING_HASHES.exec(text.substring(contentStart, end));
        if (closing) {
          contentEnd = contentStart + closing.index;
        } else if (/^#+[ \t]*$/.test(text.substring(contentStart, end))) {
          contentEnd = contentStart;
        }
      } else if (item) {
        block.kind = 'item';
        block.level = Math.floor(item[1].replace(/\t/g, '    ').length / 2);
        block.ordered = /\d/.test(item[2]);
        // a number says where the item stands: it stays; a bullet becomes the list's own
        contentStart = block.ordered ? start + item[1].length : start + item[0].length;
      } else if (quote) {
        block.kind = 'quote';
        contentStart = start + quote[0].length;
      }
      if (contentStart > start) {
        hidden.push([start, contentStart]);
      }
      if (contentEnd < end) {
        hidden.push([contentEnd, end]);
      }
    }
    if (inline && contentStart < contentEnd) {
      emphasis(text, contentStart, contentEnd, hidden, styled);
    }
    if (next > end) {
      hidden.push([end, next]);
    }
    blocks.push(block);
    if (next <= start) {
      break;
    }
    start = next;
  }
  hidden.sort((a, b) => a[0] - b[0]);
  return { blocks, hidden, styled };
}

function isSpace(c: string): boolean {
  return c === '' || /\s/.test(c);
}

function isWordChar(c: string): boolean {
  return c !== '' && /[\p{L}\p{N}]/u.test(c);
}

function isPunctuation(c: string): boolean {
  return /^[!-/:-@[-`{-~]$/.test(c);
}

/** Code spans, strong and emphasised text in [from, to) of one line. */
function emphasis(
  text: string,
  from: number,
  to: number,
  hidden: Array<[number, number]>,
  styled: Styled[]
): void {
  let i = from;
  while (i < to) {
    const c = text.charAt(i);
    if (c === '\\' && i + 1 < to && isPunctuation(text.charAt(i + 1))) {
      hidden.push([i, i + 1]);
      i += 2;
      continue;
    }
    if (c === '`') {
      const run = runLength(text, i, to, '`');
      const close = findRun(text, i + run, to, '`', run);
      if (close >= 0 && close > i + run) {
        hidden.push([i, i + run], [close, close + run]);
        styled.push({ start: i + run, end: close, style: 'code' });
        i = close + run;
      } else {
        i += run;
      }
      continue;
    }
    if (c === '*' || c === '_') {
      const run = runLength(text, i, to, c);
      const width = run >= 2 ? 2 : 1;
      const close = canOpen(text, i, width, from, to) ? findCloser(text, i + width, to, c, width) : -1;
      if (close >= 0) {
        hidden.push([i, i + width], [close, close + width]);
        styled.push({ start: i + width, end: close, style: width === 2 ? 'strong' : 'em' });
        emphasis(text, i + width, close, hidden, styled);
        i = close + width;
      } else {
        i += run;
      }
      continue;
    }
    i++;
  }
}

function runLength(text: string, at: number, to: number, c: string): number {
  let k = at;
  while (k < to && text.charAt(k) === c) {
    k++;
  }
  return k - at;
}

/** The start of the next run of exactly {@code length} {@code c}s in [from, to), or -1. */
function findRun(text: string, from: number, to: number, c: string, length: number): number {
  for (let j = from; j < to; ) {
    if (text.charAt(j) === c) {
      const run = runLength(text, j, to, c);
      if (run === length) {
        return j;
      }
      j += run;
    } else {
      j++;
    }
  }
  return -1;
}

function canOpen(text: string, at: number, width: number, from: number, to: number): boolean {
  const after = at + width < to ? text.charAt(at + width) : '';
  const before = at > from ? text.charAt(at - 1) : '';
  if (isSpace(after)) {
    return false;
  }
  return text.charAt(at) !== '_' || !isWordChar(before);
}

/** Where the emphasis opened before {@code from} closes on this line, or -1. */
function findCloser(text: string, from: number, to: number, c: string, width: number): number {
  for (let j = from + 1; j + width <= to; j++) {
    if (text.charAt(j) !== c) {
      continue;
    }
    const run = runLength(text, j, to, c);
    const before = text.charAt(j - 1);
    const after = j + width < to ? text.charAt(j + width) : '';
    const fits = width === 2 ? run >= 2 : run === 1;
    if (fits && !isSpace(before) && before !== c && (c !== '_' || !isWordChar(after))) {
      return j;
    }
    j += run - 1;
  }
  return -1;
}
