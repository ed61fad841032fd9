import { useState } from 'react';
import { StatusPicker } from '../components/editor/StatusPicker';
import { useEditorSession } from '../state/editor-session';
import type { Status } from '../../shared/model/status';

export function StatusControl({ status, disabled }: { status: Status; disabled: boolean }) {
  const setStatus = useEditorSession((state) => state.setStatus);
  const [note, setNote] = useState('');
  const change = async (next: Status) => {
    if (await setStatus(next, note.trim())) setNote('');
  };
  return (
    <StatusPicker
      status={status}
      note={note}
      disabled={disabled}
      onNoteChange={setNote}
      onChange={(next) => void change(next)}
    />
  );
}
