// Bring a text in from a file: drop it on the zone or choose it with the button (the keyboard way).
// The server reads the text out of the file; the page then checks it like typed text.
import { Button } from '@utrecht/button-react';
import { type DragEvent, useId, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { Alert } from '../ui/feedback';
import { extractText, FILE_ACCEPT, fileProblem, MAX_FILE_MB } from './extract';

export function FileDrop({ onText }: { onText: (text: string, fileName: string) => void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const sending = useRef(false);

  async function read(file: File) {
    if (sending.current) return;
    setError(null);
    setDone(null);
    const problem = fileProblem(file);
    if (problem) {
      setError(problem);
      return;
    }
    sending.current = true;
    setBusy(true);
    try {
      const text = await extractText(file);
      if (!text.trim()) {
        setError('In dit bestand staat geen tekst die Helder kan lezen. Is het een scan? Typ of plak de tekst dan zelf.');
      } else {
        onText(text, file.name);
        setDone(`De tekst uit ${file.name} staat nu in het tekstvak.`);
      }
    } catch (e) {
      if ((e as Error).name !== 'AbortError') setError(e instanceof ApiError ? e.message : 'Het lezen van het bestand is niet gelukt. Probeer het opnieuw.');
    } finally {
      sending.current = false;
      setBusy(false);
    }
  }

  const dragging = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };

  return (
    <div
      className={`helder-b1-drop${over ? ' helder-b1-drop--over' : ''}`}
      onDragEnter={dragging}
      onDragOver={dragging}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file) void read(file);
      }}
    >
      <p className="utrecht-paragraph helder-b1-drop__text" id={hintId}>
        Staat de tekst in een bestand? Sleep het bestand hierheen, of kies het bestand. Dat kan een Word-bestand (.docx), een OpenDocument-bestand (.odt), een pdf
        of een tekstbestand (.txt) zijn. Het bestand mag niet groter zijn dan {MAX_FILE_MB} MB. De tekst uit het bestand komt in plaats van de tekst in het tekstvak.
      </p>
      <Button appearance="secondary-action-button" aria-describedby={hintId} busy={busy} onClick={() => !busy && inputRef.current?.click()}>
        Kies een bestand
      </Button>
      <input
        ref={inputRef}
        type="file"
        name="file"
        accept={FILE_ACCEPT}
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void read(file);
        }}
      />
      <p className="utrecht-paragraph helder-b1-drop__status" role="status">
        {busy ? 'Helder leest het bestand. Even geduld.' : (done ?? '')}
      </p>
      {error ? <Alert type="error">{error}</Alert> : null}
    </div>
  );
}
