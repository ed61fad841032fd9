import type { TiptapNode } from '../../shared/model/tiptap-document';

const textOf = (node: TiptapNode): string =>
  node.type === 'text' ? (node.text ?? '') : (node.content ?? []).map(textOf).join('');

const caption = (node: TiptapNode): string =>
  [node.attrs?.caption, node.attrs?.credit]
    .filter((part) => typeof part === 'string' && part !== '')
    .join(' — ');

/** A wire body read-only, block by block: the preview never opens an editor on agency copy. */
export function WireBody({ body, pictureLabel }: { body: TiptapNode; pictureLabel: string }) {
  return (
    <div className="wire-body">
      {(body.content ?? []).map((node, index) => {
        if (node.type === 'heading') return <h3 key={index}>{textOf(node)}</h3>;
        if (node.type === 'figure') {
          return (
            <p key={index} className="wire-picture">
              {pictureLabel} {caption(node)}
            </p>
          );
        }
        return <p key={index}>{textOf(node)}</p>;
      })}
    </div>
  );
}
