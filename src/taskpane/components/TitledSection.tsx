// A part of the pane under its own heading (h2), named by that heading for screen readers.
import type { ReactNode } from "react";
import { Title3 } from "@fluentui/react-components";

export interface TitledSectionProps {
  /** The heading's id; the section is labelled by it. */
  titleId: string;
  title: ReactNode;
  className?: string;
  children?: ReactNode;
}

export function TitledSection({ titleId, title, className, children }: TitledSectionProps) {
  return (
    <section className={className} aria-labelledby={titleId}>
      <Title3 as="h2" id={titleId}>
        {title}
      </Title3>
      {children}
    </section>
  );
}
