import { DOMParser, type ParseOptions, type Schema, Slice } from '@tiptap/pm/model';

/**
 * ProseMirror's clipboard parser for HTML pastes and drops. ProseMirror would parse the clipboard
 * string itself; `transformPastedHTML` instead hands the string to the intake, keeps the
 * sanitised fragment here (`take`) and returns nothing to parse. The fragment is parsed as is,
 * never serialised and parsed again.
 */
export class PastedHtmlParser extends DOMParser {
  private pending: Node | null = null;

  constructor(schema: Schema) {
    super(schema, DOMParser.fromSchema(schema).rules);
  }

  take(fragment: Node): void {
    this.pending = fragment;
  }

  override parseSlice(_clipboard: Node, options?: ParseOptions): Slice {
    const fragment = this.pending;
    this.pending = null;
    // Nothing that did not go through the intake is ever parsed.
    return fragment === null ? Slice.empty : super.parseSlice(fragment, options);
  }
}
