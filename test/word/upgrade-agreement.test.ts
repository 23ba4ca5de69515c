// A mapping that marks its changes as needing new agreement (here: the 1.0 → 1.1 mapping with
// newAgreement set): an agreed document says so before the upgrade, is no longer agreed after it,
// says why in the log, and can be agreed again in 1.1. Every profile.
import { runAsTemplateVersion } from "../../src/domain";
import { ES, gatewayFor, PH, PLAIN, PROFILES, startHost, stopHost } from "handreiking-fixtures/harness";

const REASON = "De crisisafspraken horen bij wat in het MDO wordt afgesproken.";

jest.mock("../../src/domain/template/handreiking-1-1", () => {
  const actual = jest.requireActual<typeof import("../../src/domain/template/handreiking-1-1")>(
    "../../src/domain/template/handreiking-1-1",
  );
  return {
    ...actual,
    MAPPING_1_0_TO_1_1: {
      ...actual.MAPPING_1_0_TO_1_1,
      newAgreement: "De crisisafspraken horen bij wat in het MDO wordt afgesproken.",
    },
  };
});

afterEach(() => {
  runAsTemplateVersion("1.0");
  stopHost();
});

test.each(PROFILES)(
  "%s: an agreed 1.0 document must be agreed again after the upgrade, and says so",
  async (profile) => {
    await startHost(profile, PLAIN);
    const made = gatewayFor();
    await made.convert(PH);
    await made.writeBox("gaatGoed", "Sport.", PH);
    const agreed = await made.agree("20200902", PH);
    expect(agreed.data!.agreed).not.toBeNull();

    runAsTemplateVersion("1.1");
    const gateway = gatewayFor(() => new Date("2021-03-01T09:00:00Z"));
    expect((await gateway.open()).templateUpgrade).toMatchObject({ agreed: true, newAgreement: [REASON] });
    const view = await gateway.upgradeTemplate(ES);
    expect(view.data!.agreed).toBeNull();
    expect(view.data!.formVersion).toBe(agreed.data!.formVersion + 1);
    expect(view.data!.previousVersion).toEqual({
      formVersion: agreed.data!.formVersion,
      versionId: agreed.data!.versionId,
    });
    expect(view.data!.changeLog.at(-1)!.description).toContain(`Opnieuw vaststellen in het MDO nodig: ${REASON}`);
    expect(view.problems).toEqual([]);
    expect(view.boxTexts.gaatGoedJeugdige).toBe("Sport.");
    const again = await gateway.agree("20210301", ES);
    expect(again.data!.agreed).toMatchObject({ day: "20210301", initials: "ES" });
  },
);
