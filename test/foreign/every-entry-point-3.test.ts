// Quarter 3 of the corpus through every entry point of the pane (corpus-entry-points.ts).
import { describeCorpusPart } from "./corpus-entry-points";

describeCorpusPart(3);
