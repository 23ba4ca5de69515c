import { describeHost } from "../../src/word";

describe("describeHost", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  test("asks Office which requirement sets the host supports", () => {
    const asked: string[] = [];
    (globalThis as { Office?: unknown }).Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) => {
            asked.push(`${name} ${version}`);
            return name === "WordApi" && Number(version) <= 1.5;
          },
        },
      },
    };
    const info = describeHost({
      host: "Word" as unknown as Office.HostType,
      platform: "PC" as unknown as Office.PlatformType,
    });
    expect(info).toEqual({ host: "Word", platform: "PC", supportedSets: ["WordApi 1.3", "WordApi 1.5"] });
    expect(asked).toContain("WordApiDesktop 1.1");
  });

  test("reports no sets and no host outside Office", () => {
    expect(describeHost({ host: null, platform: null })).toEqual({
      host: "geen",
      platform: "onbekend",
      supportedSets: [],
    });
  });
});
