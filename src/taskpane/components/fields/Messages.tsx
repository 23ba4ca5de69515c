// Inline validation messages under a box, in the Field error style.
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", color: tokens.colorPaletteRedForeground1 },
});

export function Messages({ id, messages }: { id?: string; messages: readonly string[] }) {
  const styles = useStyles();
  return (
    <div id={id} className={styles.root}>
      {messages.map((m) => (
        <Caption1 key={m}>{m}</Caption1>
      ))}
    </div>
  );
}
