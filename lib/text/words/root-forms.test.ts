import { describe, expect, it } from "vitest";
import { rootForms } from "./root-forms";

describe("rootForms", () => {
  it.each([
    ["kirim", ["kirim", "dikirimkan", "mengirimkan", "pengiriman", "kiriman", "kirimannya"]],
    ["tulis", ["menulis", "penulis", "ditulis", "tulisan"]],
    ["sampai", ["menyampaikan", "disampaikan"]],
    ["pukul", ["memukul", "pemukul"]],
    ["ajar", ["mengajar", "pengajaran", "berajar"]],
    ["baca", ["membaca", "pembaca", "dibacakan"]],
    ["kerja", ["bekerja", "pekerjaan", "pekerja"]],
  ])("%s", (root, forms) => {
    const all = rootForms(root);
    for (const form of forms) expect(all).toContain(form);
  });
});
