// The anonymised text of one box, by what the box holds: a date moves by the offset, a choice
// stays when it is one of the choices, a person becomes a code and an organisation its type, the
// client's initials in the file name become the client's code, and free text goes through the
// scrubber. One result per distinct input, counted once: a box, its last attributed text and the
// log entry that wrote it get the same text, and the counts say how many details were replaced.
import { boxDefOf, formatPersonText, parseBoxText, parsePersonText } from "../form/box-text";
import { displayDate } from "../text/dates";
import { parseDutchDate } from "../dates/dates";
import { unhandledKind } from "../template/field-kinds";
import { findField, type ColumnDef, type FieldDef, type TemplateDef } from "../template";
import type { DateShifter } from "./date-shift";
import { columnOf, fieldOf } from "./filled-form";
import { nameKey, type PeopleRegistry, type Person } from "./people";
import type { Scrubber } from "./scrubber";
import type { Counts } from "./spans";

export class BoxAnonymiser {
  private readonly memo = new Map<string, string>();
  private readonly people: PeopleRegistry;
  private readonly dates: DateShifter;
  private readonly counts: Counts;
  private readonly client: Person | undefined;

  constructor(
    private readonly template: TemplateDef,
    private readonly scrubber: Scrubber,
  ) {
    this.people = scrubber.people;
    this.dates = scrubber.dates;
    this.counts = scrubber.counts;
    this.client = this.people.people.find((p) => p.code.role === "jeugdige");
  }

  /** Free text through the scrubber, once per distinct text. */
  scrub(text: string): string {
    return this.memoise("", text, () => this.scrubber.scrub(text));
  }

  /** The anonymised text of one box (used for the box, its last attributed text and its log values). */
  boxText(key: string, text: string): string {
    return this.memoise(`box:${key}`, text, () => this.anonymiseBox(key, text));
  }

  private memoise(tag: string, text: string, make: () => string): string {
    const k = `${tag}\u0000${text}`;
    const hit = this.memo.get(k);
    if (hit !== undefined) return hit;
    const v = make();
    this.memo.set(k, v);
    return v;
  }

  private anonymiseBox(key: string, text: string): string {
    if (text.trim() === "") return text;
    const columnId = columnOf(key);
    const field = findField(fieldOf(key), this.template)?.field;
    if (!field) return this.scrub(text);
    const column = columnId ? field.columns?.find((c) => c.id === columnId) : undefined;
    if (field.kind === "rows" && !column) return this.scrub(text);
    const def = boxDefOf(field, column);
    if (field.usedInFileName) {
      this.counts.initials++;
      return this.client?.code.initials ?? "J";
    }
    switch (def.kind) {
      case "date":
        return this.dateText(text);
      case "yesNo":
      case "singleChoice":
      case "multiChoice":
        return parseBoxText(def, text).ok ? text : this.scrub(text);
      case "person":
        return this.personText(text);
      case "text":
      case "longText":
        return this.freeText(field, column, text);
      default:
        return unhandledKind(def.kind);
    }
  }

  private dateText(text: string): string {
    const iso = parseDutchDate(text);
    const shifted = iso ? this.dates.shiftIso(iso) : null;
    if (!shifted) return this.scrub(text);
    this.counts.dates++;
    return displayDate(shifted);
  }

  private personText(text: string): string {
    const p = parsePersonText(text);
    const known = p.name.trim() === "" ? undefined : this.people.findByName(p.name);
    if (known) this.counts.names++;
    const name = known ? known.code.label : this.scrub(p.name);
    let organisation = "";
    if (p.organisation.trim() !== "") {
      organisation = this.people.organisation(p.organisation).label;
      if (organisation !== p.organisation.trim()) this.counts.organisations++;
    }
    return formatPersonText({ name, organisation });
  }

  /** A text box: a known name in the people field's name column, an organisation cell, or free text. */
  private freeText(field: FieldDef, column: ColumnDef | undefined, text: string): string {
    if (field.roles?.includes("people") && column?.role === "personName") {
      const known = this.people.findByName(text);
      if (known) {
        this.counts.names++;
        return known.code.label;
      }
    }
    if (column?.role === "organisation") return this.orgText(text);
    return this.scrub(text);
  }

  private orgText(text: string): string {
    const t = text.trim();
    if (t === "") return text;
    const known = this.people.organisations().get(nameKey(t));
    if (known) {
      if (known.label !== t) this.counts.organisations++;
      return known.label;
    }
    return this.scrub(text);
  }
}
