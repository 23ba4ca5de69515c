// Half 0 of the corpus through every entry point of the pane (corpus-entry-points.ts).
import { describeCorpusHalf } from "./corpus-entry-points";

describeCorpusHalf(0);
