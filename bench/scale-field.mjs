// A generated contest of N contestants × 5 criteria (a grants contest's size), written to a fresh
// temporary directory: criteria/default.yaml and consortia/t00000.yaml …. Deterministic (seeded).
// Used by bench/scale.bench.mjs; never committed (10,000 files).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const KINDS = ["startup", "academia", "telecom", "platform", "enterprise"];

export function writeField(n, { teams = 50, seed = 1 } = {}) {
  let s = seed >>> 0 || 1;
  const rnd = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
  const dir = mkdtempSync(join(tmpdir(), "sovereign-ai-scale-"));
  mkdirSync(join(dir, "criteria"));
  mkdirSync(join(dir, "consortia"));
  const crit = ["quality", "impact", "team", "budget", "openness"];
  writeFileSync(
    join(dir, "criteria/default.yaml"),
    `name: Scale test\ncriteria:\n${crit.map((c, i) => `  - { id: ${c}, label: ${c}, weight: ${i + 1}, scale: { min: 0, max: 10 } }`).join("\n")}\n` +
      `selection:\n  teams: ${teams}\n  quotas:\n    - { name: academia, kinds: [academia], max: ${Math.ceil(teams / 3)} }\n  conflicts: { max_per_organisation: 2 }\n`,
  );
  for (let i = 0; i < n; i++) {
    const id = `t${String(i).padStart(5, "0")}`;
    const sc = crit.map((c) => {
      const v = Math.round(rnd() * 100) / 10;
      const lo = Math.max(0, Math.round((v - rnd() * 2) * 10) / 10);
      const hi = Math.min(10, Math.round((v + rnd() * 2) * 10) / 10);
      return `  ${c}: { value: ${v}, range: [${lo}, ${hi}], source: "¶1" }`;
    });
    const member = `Univ ${Math.floor(rnd() * 400)}`;
    writeFileSync(
      join(dir, "consortia", `${id}.yaml`),
      `id: ${id}\nname: Applicant ${i}\nlead: { name: Lead ${i}, kind: ${KINDS[i % KINDS.length]} }\nmembers:\n  - { name: ${member}, kind: academia }\nscores:\n${sc.join("\n")}\n`,
    );
  }
  return dir;
}
