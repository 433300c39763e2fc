// The handler of a press question with their colour, so the shared mailbox shows at a glance who
// handles what. The name is always there too: colour never carries the meaning alone (WCAG 1.4.1).
export function HandlerTag({ name, colour }: { name: string | null | undefined; colour: number | null | undefined }) {
  if (!name || colour === null || colour === undefined) return <span className="helder-muted">Nog niemand</span>;
  return (
    <span className={`helder-handler helder-handler--${colour}`}>
      <span aria-hidden="true" className="helder-handler__dot" />
      {name}
    </span>
  );
}
