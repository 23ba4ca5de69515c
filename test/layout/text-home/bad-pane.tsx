// A pane component with its Dutch inline: the JSX text and the label must be reported.
export function Bad({ n }: { n: number }) {
  return (
    <div className="pane-row" title="Nog niet ingevuld">
      Er zijn nog {n} verplichte onderdelen
    </div>
  );
}
