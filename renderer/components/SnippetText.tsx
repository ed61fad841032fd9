import { splitSnippet } from './split-snippet';

export function SnippetText({ snippet }: { snippet: string }) {
  return (
    <span className="snippet">
      {splitSnippet(snippet).map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </span>
  );
}
