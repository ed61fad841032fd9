export interface ShownMessage {
  id: number;
  tone: 'info' | 'error';
  text: string;
  detail?: string;
}

export interface MessageListProps {
  messages: ShownMessage[];
  label: string;
  moreLabel: string;
  dismissLabel: string;
  onDismiss: (id: number) => void;
}

export function MessageList({
  messages,
  label,
  moreLabel,
  dismissLabel,
  onDismiss,
}: MessageListProps) {
  if (messages.length === 0) return null;
  return (
    <section className="messages" aria-label={label}>
      {messages.map((message) => (
        <div
          key={message.id}
          className={`message message-${message.tone}`}
          role={message.tone === 'error' ? 'alert' : 'status'}
        >
          <div className="message-body">
            <p className="message-text">{message.text}</p>
            {message.detail && (
              <details className="message-detail">
                <summary>{moreLabel}</summary>
                <p lang="en">{message.detail}</p>
              </details>
            )}
          </div>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => onDismiss(message.id)}
          >
            {dismissLabel}
          </button>
        </div>
      ))}
    </section>
  );
}
