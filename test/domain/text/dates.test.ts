import { DATE_FORMAT_HINT, dayToDutch, displayDate, isoToDutch } from "../../../src/domain/text/dates";
import { formatBoxText } from "../../../src/domain/form/box-text";

test("one display format, dd-mm-jjjj, from ISO and from the stamp form", () => {
  expect(isoToDutch("2020-09-02")).toBe("02-09-2020");
  expect(dayToDutch("20200902")).toBe("02-09-2020");
  expect(DATE_FORMAT_HINT).toBe("dd-mm-jjjj");
});

test("a date box shows a valid date in that format and anything else as it was typed", () => {
  expect(displayDate("2020-09-02")).toBe("02-09-2020");
  expect(displayDate("31-02-2020")).toBe("31-02-2020");
  expect(displayDate("")).toBe("");
  expect(formatBoxText({ kind: "date", label: "Datum" }, "2021-12-31")).toBe("31-12-2021");
});
